"""Answers to a profile: dimension scores, derived scales, resolved contradictions, leans and nudged answers."""
