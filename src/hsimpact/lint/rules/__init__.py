"""One module per lint rule, named after its code; ``hsimpact.lint`` lists them in order."""
