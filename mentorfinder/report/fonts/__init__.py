"""The PDF's fonts: the shipped faces, the system's fonts found for other scripts, and their cache."""
