"""Reading outside input safely: text, YAML, JSON, the --weights flag, and PATH:LINE problems."""
