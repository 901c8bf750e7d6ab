"""khronika: from reports of political repression to evidenced records of violation acts."""

__version__ = "0.1.0"
