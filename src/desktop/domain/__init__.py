"""Plain values and rules of the register: no Qt, no SQL."""
