"""Exchange bundles for offline field work, and backups (no Qt)."""
