"""Open truth (batch 3) for zhjwpku/paper-notes README: Chinese reading notes, one paper per '####' heading.

Each paper is a heading '#### **[Title](pdf url)**' followed by the reader's notes (Chinese prose,
quotes, bullet points).  The entry is the heading line alone: the notes under it are commentary,
not part of the record.  Not entries: the table of contents at the top (bold '#anchor' links
repeating the five titles), the bold sub-headings of the notes ('**B\\* Tree**', '**论文要点**', ...),
the 'B+ Tree Visualization' tool link, the three HBase YouTube videos under Bigtable, and the
'[BAYE77][baye77]' citation in a note (line 53, resolved by the link definition on line 149): a
paper mentioned inline in a note, not a record of the list.
"""
import re

from _open import Open

NAME = "zhjwpku__paper-notes__README@e65a2e4.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"#### \*\*\[(.+?)\]\(", text)
        if m:
            t.add(i, i, m.group(1))
    t.write("every '#### **[Title](url)**' heading is an entry (the heading line alone, the notes under it are"
            " commentary), title = the link text; the table of contents, note sub-headings, videos, a tool link"
            " and an inline citation in a note are not entries",
            "the whole file line by line (151 lines): 5 entries, the TOC's 5 anchor links, the bold note"
            " sub-headings, the 3 videos and the [BAYE77] note citation left out")


if __name__ == "__main__":
    main()
