"""A person's answers: the file, the link, random samples, completeness and every quoted answer."""
