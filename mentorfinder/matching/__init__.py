"""Profile to matches: the model, must-haves and gates, explanations, the network, and how the judgement is measured."""
