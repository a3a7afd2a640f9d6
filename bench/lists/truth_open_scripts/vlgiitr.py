"""Open truth (batch 3) for vlgiitr/papers_we_read README (at dae679d): a reading group's summaries.

Under year headings, one list item per summarised paper: '- #### Title [[Paper](url)][[Review](md)]'
then a sub-bullet '  - Authors, **Venue Year**' (often after a blank line).  The entry runs from the
heading line to the authors' sub-bullet; the title is the heading text before '[[Paper]'.  Titles
are kept as the file writes them, also where they differ from the paper's ('CLIP (Contrastive
Language–Image Pre-training)', 'Machine-Unlearning', typos such as 'Wrods' and 'Genetation', all
capitals).  The contents, contributing, acknowledgements and licence parts have no entries.
"""
import re

from _open import Open

NAME = "vlgiitr__papers_we_read__README@dae679d.md"


def main() -> None:
    t = Open(NAME)
    len(t.lines)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"- #### (.+?)\s*\[\[Paper\]\(", text)
        if not m:
            assert not text.startswith("- ####"), i
            continue
        end = i + 1
        while not t.line(end).startswith("  - "):
            assert not t.line(end).strip(), (i, end)
            end += 1
        t.add(i, end, m.group(1))
    t.write("every '- #### Title [[Paper](url)][[Review](md)]' item is an entry, from the heading to its authors'"
            " sub-bullet; title = the heading text before '[[Paper]'",
            "every line of the file: 67 items under the year headings 2024-2016, their titles, Paper links and"
            " author lines; the table of contents and closing sections hold no entries")


if __name__ == "__main__":
    main()
