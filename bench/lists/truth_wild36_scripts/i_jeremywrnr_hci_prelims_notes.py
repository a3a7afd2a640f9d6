"""Wild36 truth for jeremywrnr/hci-prelims _note/index.md: a Berkeley HCI PhD student's study notes for the HCI
preliminary exam (Jekyll post "notes"), 2018.

Shape: two parts.  (1) A weekly schedule (lines 11-64): plain date lines ("6/11", "6/18", ...) each followed by
"- " bullets giving the week's readings as plain-text citations with no links and no fixed style -- "Title,
Authors, Venue, Year", "Title. Author, Venue", "Authors. Title. Venue", "J. Zimmerman, et al, 'Title,' in
Proceedings of CHI, 2007", "Ishii, H., and Ullmer, B. 'Title'. CHI 97.", "Title - Bernstein et al, UIST 2010",
titles run straight into the authors ("Design Principles for Visual Communication Agrawala, Li, ..."), and bare
titles ("How Bodies Matter", "Creativity support tools.", "Principles of Mixed-Initiative User Interfaces,").
(2) "research notes" (66-1105): per reading a "### Title" heading followed by free notes (who the authors were,
bullets, numbered lists, screenshots `![Screen Shot ...](resources/...png)`, Google Slides links); week headings
"### 6/11", "### 6/25", ... and one plain "6/18" line separate the weeks.

Decisions:
- Part 1: each schedule bullet naming a paper is an entry (one line).  Not entries: 13 (Olsen, Building
  Interactive Systems, textbook chapters), 14 (Shneiderman et al., Designing the User Interface, textbook chapter
  9), 48 (Hearst, Search User Interfaces, chapter 1 of her book), and the two info links at 8-9.  49 (Pirolli,
  "Exploring and Finding Information", chapter 7 of the edited volume HCI Models, Theories, and Frameworks) is a
  chapter by its own author in an edited collection, i.e. an article: an entry.
- Part 2: each "### Title" note section about a paper is a record about one paper, so an entry, spanning its
  heading to the last non-blank line before the next "### " heading or the plain "6/18" line.  Not entries: the
  week headings, the sections on the three textbook chapters (91 "Building Interactive Systems", 101
  "Collaboration and Social Media Participation", 560 "The Design of Search User Interfaces"), and 871 "###
  Maneesh Agrawala, Wilmot Li, Floraine Berthouzoz, CACM 2011", which is the author line of the section 869
  ("Design Principles for Visual Communication") written as a heading: it is inside that entry.  Papers named in
  the notes' prose ("Related to DigitalDesk", "comes after buxton in 2006") are mentions, not entries.  A paper
  in both parts gives two entries.
- Titles: part 1, the title as written, without the authors, venue and year around it, the quotes around it (54,
  62) and the separator after it ("Creativity support tools." -> "Creativity support tools"); part 2, the heading
  text (shortened headings kept as written: "Example-centric programming", "Tangible Bits", "Parallel
  prototyping: better design results, ...").  No entry has an id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "jeremywrnr__hci-prelims___note__index@879f819.md"
PART = "wild36_development"

# Part 1: schedule bullet line -> title as the line writes it.
SCHEDULE = {
    15: "User Technology: From Pointing to Pondering",
    16: "At Home with Ubiquitous Computing: Seven Challenges",
    20: "A Morphological analysis of the design space of input devices",
    21: "Interacting with paper on the DigitalDesk",
    22: "Low-cost multi-touch sensing through frustrated total internal reflection",
    23: "Beyond being there",
    27: "Groupware and Social Dynamics: Eight Challenges for Developers",
    28: "Designing games with a purpose",
    29: "Practical Guide to Controlled Experiments on the Web",
    30: "Evaluating User Interface Systems Research",
    34: "How Bodies Matter",
    35: "Getting the Right Design and the Design Right: Testing Many Is Better Than One",
    36: "Creativity support tools.",
    37: "Principles of Mixed-Initiative User Interfaces,",
    41: "Edit wear and read wear",
    42: "Past, Present, and Future of User Interface Software Tools",
    43: "The State of the Art in End-User Software Engineering",
    47: "Example-centric programming: integrating web search into the development environment",
    49: "Exploring and Finding Information",
    50: "Reflective Physical Prototyping through Integrated Design, Test, and Analysis",
    54: "Research through design as a method for interaction design research in HCI,",
    55: "Design Principles for Visual Communication",
    56: "Soylent: a word processor with a crowd inside",
    60: "Parallel prototyping leads to better design results, more divergence, and increased self-efficacy",
    61: "Predicting Tie Strength with Social Media",
    62: "Tangible Bits: Toward Seamless Interfaces between People, Bits and Atoms",
}
NOT_PAPER_SECTIONS = {91, 101, 560}  # textbook chapters
INNER_HEADINGS = {871}  # author line written as a heading, inside section 869
DATE = re.compile(r"^(### )?\d{1,2}/\d{1,2}\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, title in SCHEDULE.items():
        assert lines[n - 1].startswith("- ") and title in lines[n - 1], n
        papers.append(entry(lines, n, n, title))
    start = lines.index("research notes") + 1
    heads = [n for n in range(start, len(lines) + 1)
             if lines[n - 1].startswith("### ") and n not in INNER_HEADINGS]
    stops = sorted(set(heads) | {n for n in range(start, len(lines) + 1) if DATE.match(lines[n - 1])})
    for n in heads:
        if DATE.match(lines[n - 1]) or n in NOT_PAPER_SECTIONS:
            continue
        nxt = [s for s in stops if s > n]
        end = (nxt[0] - 1) if nxt else len(lines)
        while not lines[end - 1].strip():
            end -= 1
        papers.append(entry(lines, n, end, lines[n - 1][4:]))
    assert len(papers) == 26 + 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each schedule bullet naming a paper (plain-text citation, title cut from its authors/venue) and each"
        " '### Title' note section about a paper (heading to the next heading or date line) is an entry; textbook"
        " chapters, week headings and the author line written as a heading are not.",
        "All 29 schedule bullets and all 34 '###' headings read and classified by eye; every part-1 title checked"
        " against its line (authors, venue, quotes and trailing separators cut), every note section's span checked"
        " at its start and end (the plain '6/18' line ends the At Home section; 869's span runs through the 871"
        " author heading to 914), the last section running to the end of the file.",
    )


if __name__ == "__main__":
    main()
