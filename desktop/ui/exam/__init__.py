"""The exam at the seat: starting it (codes, approval, waiting), the locked window with the proctor's
password and codes typed at the seat, the result and the receipt."""
