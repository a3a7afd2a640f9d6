"""Wild17 truth for adrienchaton/CharTransformer_playground literature.md: a protein-representation
learning reading list written as plain slash-separated bullets, no links.

Shape: '## ' sections (General NLP, General SSL, General reviews and discussions, Protein and
Biological Sequence Modeling, Misc. topics / ideas, What's missing ?); each paper is one bullet
'* FirstAuthor / Title / Year' with an optional ' / **read**' mark.  The list's guideline asks to
'add model acronyms when the title does not state them', so some titles carry an added
parenthesised acronym at the end ('(GPT)', '(DeepCluster)', '(alphafold1)', ...).  The Misc. section
interleaves prose paragraphs (research ideas) with short bullet groups.

Entries: every '* ' bullet; title = the second slash field without the acronym the list appended in
parentheses (the acronyms are the list's additions, not part of the title; 'E(n) equivariant ...'
keeps its own parenthesis).  One bullet names two papers joined by '&&' ('Winter / Learning
continuous ... / 2019 && Auto-Encoding Molecular Conformations / 2021'): two entries on line 141.
Not an entry: 'CASP14 / Critical assessment of techniques for protein structure prediction
(abstract book) / 2020', a book of abstracts, not one scholarly work.  Not entries either: the
guideline line, the italic note '*This part should be further split into subsections.*', the idea
paragraphs and the 'What's missing ?' notes.

Counts: 98 '* ' bullets (18 + 14 + 8 + 47 + 11 by section) - 1 abstract book + 1 second paper = 98.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "adrienchaton__CharTransformer_playground__literature@7a3559b.md"
PART = "wild17_development"
ADDED = {"GPT", "DeepCluster", "BYOL", "SimCLR", "DINO", "SimSiam", "UniRep", "alphafold1", "alphafold2",
         "DeepAb", "CLIP"}


def title_of(field: str) -> str:
    m = re.match(r"(.*\S) \(([^()]+)\)$", field.strip())
    if m and m.group(2) in ADDED:
        return m.group(1)
    return field.strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    dropped = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        bullets += 1
        fields = text[2:].split(" / ")
        if fields[0] == "CASP14":
            dropped += 1
            continue
        if "&&" in text:
            first, second = text[2:].split(" && ")
            papers.append(entry(lines, i, i, title_of(first.split(" / ")[1])))
            papers.append(entry(lines, i, i, title_of(second.split(" / ")[0])))
            continue
        papers.append(entry(lines, i, i, title_of(fields[1])))
    assert bullets == 98 and dropped == 1, (bullets, dropped)
    assert len(papers) == 98, len(papers)
    write_truth(NAME, PART, papers,
                "every '* Author / Title / Year [/ **read**]' bullet is an entry, title = the second slash field"
                " without the acronym the list appended in parentheses; the '&&' bullet is two entries; the CASP14"
                " abstract book is not an entry",
                "all 98 bullets read (18/14/8/47/11 per section); the 11 appended acronyms checked one by one"
                " ('E(n)' kept); the two titles of line 141; prose idea paragraphs and the italic note left out")


if __name__ == "__main__":
    main()
