"""newsweave's benchmarks and quality evaluations: ``python -m bench NAME [options]``."""
