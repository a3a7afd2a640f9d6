"""Open truth for GT-RIPL/Awesome-LLM-Robotics: '* **Nick**: "Title", *Venue, Month Year*, [[Paper](url)]' bullets."""
import re

from _open import Open

NAME = "GT-RIPL__Awesome-LLM-Robotics__README@5d580c5.md"


def main() -> None:
    t = Open(NAME)
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            section = text
        if not re.match(r"\s*\* ", text) or section.startswith(("## Overview", "## Libraries", "## Citation")):
            continue
        if section.startswith("#") and section.startswith("## Simulation") and "GENESIS" in text:
            continue  # a simulator with only a code link: a tool, no paper
        q = re.search(r"\"(.+?)\"", text)
        b = re.match(r"\s*\* \*\*(.+?)\*\*", text)
        if q:
            t.add(i, i, q.group(1))
        elif b:
            t.add(i, i, b.group(1))
    t.write("every bullet of the paper sections (Surveys to Safety) is an entry; title = the quoted part, or"
            " the bold part when nothing is quoted (Safety section); the bold nickname before a quoted title is"
            " not part of it; GENESIS (code only), Libraries and the list's own citation are not papers",
            "every bullet without a quoted title, the Simulation Frameworks section whole, the 15-entry"
            " sample; one bullet per line (CRLF file)")


if __name__ == "__main__":
    main()
