"""Wild truth for uwcse510/web-cse510-sp17 calendar.md: the UW CSE 510 (HCI, spring 2017) course calendar.

The whole schedule is YAML front matter rendered by a Liquid template at the end of the file.
Readings are written as 'Authors. [Title]({{ page.paper_url.key }}). Venue, Year.', either as
the text of an HTML '<li class="paper" markdown="block">' item (the entry spans the item's text
lines, between '<li ...>' and '</li>'; Fitts's and two Want items put the authors on the line
before the link, Wellner's adds a line pointing to a video) or as a YAML '- |' block scalar of
one line under 'reading_framing' / 'reading_instances' / 'reading_resources' (the entry is that
line).  Title = the link text (the '<sup>3</sup>' of 'D3' unwrapped, a final '.' dropped).

Not entries: the readings the file itself marks as book chapters (Grudin's 'A Moving Target',
Stokes's 'Pasteur's Quadrant', Buxton's 'Touch, Gesture, & Marking', chapter 7 of a book of
readings) and Bret Victor's 'Magic Ink' ('Blog Post, 2006'); the 'paper_url' and 'canvas' URL
maps of the front matter (keys, not records), the Wellner video link, slides, assignments and
the Liquid template.  'As We May Think' (The Atlantic, 1945), Weiser's Scientific American
article and Simon's 'Design Issues' article are articles and kept.  The links point to Canvas
file downloads: no entry has an arXiv id or a DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "uwcse510__web-cse510-sp17__calendar@ea8db6d.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


#: Readings that are not papers (line of the link: what the file says it is).
NOT_PAPERS = {
    110: "Grudin, 'Book Chapter'",
    167: "Victor, Magic Ink, 'Blog Post, 2006'",
    329: "Stokes, Pasteur's Quadrant, 'Book Chapter'",
    452: "Buxton, 'Book chapter 7 in ... Readings in Human-Computer Interaction'",
}
LINK = re.compile(r"\[([^\]]+)\]\(\s*\{\{\s*page\.paper_url\.\w+\s*\}\}\s*\)")


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = LINK.search(text)
        if not m or i in NOT_PAPERS:
            continue
        # inside an '<li class="paper">' item? then the entry is the item's text lines
        up = i - 1
        while up > 0 and not LINES[up - 1].strip().startswith(("<li", "</li>", "- |", "<ul", "</ul>")):
            up -= 1
        if LINES[up - 1].strip().startswith("<li"):
            first = up + 1
            last = i
            while not LINES[last].strip().startswith("</li>"):
                last += 1
            while not LINES[last - 1].strip():
                last -= 1
            add(first, last, m.group(1))
        else:
            assert LINES[i - 2].strip() == "- |", i  # a one-line YAML block scalar
            add(i, i, m.group(1))
    write("every reading 'Authors. [Title]({{ page.paper_url.key }}). Venue.' is an entry (the text lines of its"
          " '<li class=\"paper\">' item, or its one-line YAML '- |' scalar), title = the link text; the three book"
          " chapters and the blog post the file marks as such are not entries",
          "all 59 reading links (35 <li> items + 24 YAML scalars, counted with grep) one by one: 55 entries,"
          " the 4 chapters/blog post left out, the multi-line <li> items (Fitts, Want x2, Wellner), 'D<sup>3</sup>',"
          " titles ending in '.' inside the link (Patel, Fails, Cheng); the URL maps and template give no entry")


if __name__ == "__main__":
    main()
