"""The content set: the questionnaire schema, questionnaires, archetypes, tips, checks and fit rules, loaded together."""
