"""The exam at the seat: starting it (codes, approval, waiting), the locked window, the result, the receipt and the review."""
