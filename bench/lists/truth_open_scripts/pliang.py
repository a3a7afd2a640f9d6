"""Open truth for pliang279/awesome-multimodal-ml: one paragraph per paper, '[Title](url), Venue Year [[code]](url)'."""
import re

from _open import Open

NAME = "pliang279__awesome-multimodal-ml__README@f1d3bae.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    i = 0
    while i < len(t.lines):
        i += 1
        text = t.line(i)
        if text.startswith("# "):
            inside = text.startswith("# Research Papers")  # Workshops, Tutorials and Courses follow it
        if not inside or not text.startswith("["):
            continue
        end = i
        while end < len(t.lines) and t.line(end + 1).strip():
            end += 1  # one paragraph's link text wraps onto a second line
        m = re.match(r"\[(.+?)\]\(", t.span(i, end), re.DOTALL)
        t.add(i, end, m.group(1))
        i = end
    t.write("every paragraph starting '[Title](url)' between '# Research Papers' and '# Workshops' is an entry"
            " (one paper per paragraph; one link text wraps onto a second line), title = the link text;"
            " workshops, tutorials and courses are not papers",
            "the 15-entry sample, every paragraph in the range not of the '[Title](url), Venue' shape (2), the"
            " first paragraph of a dozen sections")


if __name__ == "__main__":
    main()
