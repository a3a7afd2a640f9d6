"""Open truth (batch 3) for rxin/db-readings README (at 9946aae): Reynold Xin's "Readings in Databases".

One '* [Title](papers/x.pdf) (year): commentary' bullet per reading under eight topic headings,
then a last section of external reading lists (course pages, exam lists: not entries).  The title
is the link text.  Decisions particular to the file:

- Four bullets name two papers each ('[A](a.pdf) (1981) and [B](b.pdf) (1990): ...'): two entries
  on the same line.  On line 36 the second paper is written 'The [R*-tree: ...](...)', the
  capitalised 'The' outside the link being the title's first word: the title is 'The R*-tree: ...'.
- 'The Datacenter as a Computer' (line 90) is Barroso and Hoelzle's book (a Synthesis Lectures
  volume), and 'Readings in Database Systems (The Red Book)' (line 99) is a book: not entries.
  The link to the book's "accompanying video" is not an entry either.
- 'Reflections on Trusting Trust' (a Turing Award lecture, printed in CACM) and 'What Goes Around
  Comes Around' (Stonebraker and Hellerstein's survey essay, which the file calls a paper) link a
  paper PDF and are kept as entries.
- 'The Raft Consensus Algorithm' is kept as the file writes it (the paper's own title differs).
"""
import re

from _open import Open

NAME = "rxin__db-readings__README@9946aae.md"

#: Bullets that are books (line: what it is).
BOOKS = {90: "The Datacenter as a Computer, a Synthesis Lectures book", 99: "the Red Book"}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if i >= 102:  # External Reading Lists: course pages and exam lists
            break
        if not text.startswith("* ") or i in BOOKS:
            continue
        for m in re.finditer(r"(The )?\[([^\]]+)\]\(papers/[^)]+\)", text):
            title = (m.group(1) or "") + m.group(2)
            t.add(i, i, title)
    t.write("every '* [Title](papers/x.pdf)' reading bullet up to the external reading lists is an entry (a"
            " bullet linking two papers gives two entries), except the two books (The Datacenter as a Computer,"
            " the Red Book); title = the link text ('The ' before the R*-tree link included)",
            "every line of the file: 30 entries from 26 bullets (4 bullets with two papers), the 2 book bullets"
            " and the 6 external reading-list bullets left out")


if __name__ == "__main__":
    main()
