"""The only place that reads the outside world: files (and later URLs, feeds, archives)."""
