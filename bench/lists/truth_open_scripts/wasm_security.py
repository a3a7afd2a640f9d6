"""Open truth (batch 2) for mimicji/Security-Papers-in-WebAssembly: MLA-style author-first bullets.

'- [`Tag`] Author, et al. ["Title."](url), Venue, Year.' -- the title is the quoted link text; a
code-span tag (`Runtime`, `WasmFX`) may stand before the authors.
"""
import re

from _open import Open

NAME = "mimicji__Security-Papers-in-WebAssembly__README@905c7ae.md"


def main() -> None:
    t = Open(NAME)
    started = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## SoK"):
            started = True
        m = re.match(r"\s*- .*?\[[\"“](.+?)[\"”]\]\(", text)
        if not started or not m:
            continue
        title = re.sub(r"[.,]$", "", m.group(1).strip())
        t.add(i, i, title)
    t.write("every '- Author. [\"Title.\"](url), Venue, Year.' bullet after the table of contents is an entry,"
            " title = the quoted link text without its closing period; the `Tag` code span before the authors"
            " is not part of it",
            "every bullet of the file (57), the bullets of each section's first and last line, that no bullet"
            " lacks a quoted link, the note line under 'Applications in Security' (not an entry)")


if __name__ == "__main__":
    main()
