// Placeholder until the JSON Schema generator lands (issue 2).
