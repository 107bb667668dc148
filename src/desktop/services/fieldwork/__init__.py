"""Field work on the register: exporting and importing exchange bundles (merge, conflicts,
the register's identity, signatures and policy, attachment contents). The bundle file format
itself is :mod:`desktop.exchange` (no database there)."""
