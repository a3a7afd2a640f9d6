"""Open truth for xinario/awesome-gan-for-medical-imaging: '- [Title] [[scholar]](...) [[Venue]](url)' bullets.

The title is in plain brackets (not a link); the links after it are a Google Scholar search and
the venue / arXiv page.
"""
import re

from _open import Open

NAME = "xinario__awesome-gan-for-medical-imaging__README@17865f1.md"


def main() -> None:
    t = Open(NAME)
    started = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("# Review"):
            started = True
        m = re.match(r"- \[(.+?)\]\s*(?:\[\[|\(|$)", text)
        if started and text.startswith("- "):
            t.add(i, i, m.group(1) if m else None)
    t.write("every '- ' bullet from '# Review' on is an entry (the Overview bullets are contents), title = the"
            " bracketed text before the [[scholar]] link", "the 15-entry sample, every bullet without the"
            " '- [Title] [[' shape, the first and last bullet of each section")


if __name__ == "__main__":
    main()
