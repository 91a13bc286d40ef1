"""What every content kind needs and nothing kind-specific: problems (``file:line: message``),
YAML and front-matter reading with line numbers, script conversion, Markdown sections and
rendering. Imports no kind package (app.lessons, app.cases, app.quiz, …) and no Qt."""
