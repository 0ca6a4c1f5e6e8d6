"""The reader's language: the core's gettext catalogues, sentences with their values, dates and small words."""
