/**
 * Registers (sổ đăng ký) and their yearly number series: arrival numbers for incoming documents,
 * issue numbers for outgoing ones. Invariant: within one register and calendar year the numbers
 * run from 1 in the order documents are registered, never skip and never repeat, also under
 * concurrent registration ({@link vn.gov.qlvb.registers.boundary.Numbering}). Secret documents
 * are registered in registers of their own. Used by {@code incoming} and {@code outgoing}.
 */
package vn.gov.qlvb.registers;
