"""Wild16 truth for Alina-Samokhina/rna_ssp papers.md: a student's reading notes for a project on RNA
secondary-structure prediction (the repository's code and report sit beside it).

Shape: '# ' field headings (Deep learning, Biology, Just for fun) and '## ' year headings, written with
ragged leading spaces (' ## 2020', '   ## 2018'); under them ' - [link text](url)' bullets, indented by
one to three spaces at random, some followed by '(!)', some by lazy continuation lines holding a short
note or a citation key ('Willmots2020', 'Singh2019', 'mathews2019'), some by notes after a blank line
indented four spaces.  All links but one are sci-hub URLs that carry the paper's DOI literally
('https://sci-hub.im/10.1093/bioinformatics/btz962'); the first goes to De Gruyter without a DOI.

Entries: every link bullet (31; all are journal or conference papers by their DOIs).  Lines = the bullet
and the lines that continue its list item (lazy continuation lines up to the next blank line, bullet or
heading, and notes indented four spaces after a blank line).  Title = the link text when it is the
paper's title (final '.' dropped); null when the link text is the student's nickname, key or paraphrase
instead ('DL in SSP', 'Benchmark RSSP', 'Transfer learning', 'CNNs and Matrix decoding', 'MAximization of
pairs + some DL', 'Methods review', 'WIth pseudoknots!', '2006 revolutions', 'Free energy mimimization',
'Thermodynamics in RNA SS', 'bonnet2020', 'sth_similar about RNA nanotechnology', 'Siever', 'RNA-ligand
interaction stuff(?)', 'Structural descritions and their influence on functions', 'are generally important
in protein-coding regions of mRNAs', 'folding algos review': 17 nulls, decided by line below).  DOI = the
one in the sci-hub URL (the helper's rule: a URL that holds it literally).  Not entries: the 'bpRNA BD'
database link in the note paragraph of lines 18-20 (indented one space after a blank line, so outside
the list item above it).

Count check: grep -c '^ *- \\[' gives 31 = 14 titled + 17 null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "Alina-Samokhina__rna_ssp__papers@ce6e76b.md"
PART = "wild16_development"

#: bullets whose link text is a nickname, key, paraphrase or fragment, not the paper's title
NULL_TITLE = {4, 12, 15, 21, 23, 27, 29, 50, 51, 52, 57, 63, 66, 70, 74, 75, 80}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = [i for i, t in enumerate(lines, 1) if re.match(r" *- \[", t)]
    assert len(bullets) == 31, len(bullets)
    for i in bullets:
        m = re.match(r" *- \[(.+?)\]\((\S+?)\)\s*(?:\(!\))?\s*$", lines[i - 1])
        assert m, i
        end = i
        # lazy continuation lines
        while end < len(lines) and lines[end].strip() and not re.match(r" *(- |#)", lines[end]):
            end += 1
        # notes after a blank line indented four spaces (inside the list item)
        j = end
        while j + 1 < len(lines) and not lines[j].strip() and lines[j + 1].startswith("    ") and lines[j + 1].strip() \
                and not re.match(r" *(- |#)", lines[j + 1]):
            j += 1
            while j < len(lines) and lines[j].strip():
                j += 1
            end = j
        title = None if i in NULL_TITLE else m.group(1)
        papers.append(entry(lines, i, end, title))
    assert sum(1 for p in papers if p["title"] is None) == 17
    assert all(p["doi"] for p in papers if p["line"] != 4)
    write_truth(NAME, PART, papers,
                "every ' - [link text](url)' bullet is an entry (lines = the bullet and its continuation or indented"
                " note lines); title = the link text when it is the paper's title, null when it is the student's"
                " nickname, key or paraphrase (17, listed by line); DOI from the sci-hub URL",
                "every line of the file read by eye (85 lines); 31 bullets counted with grep; each link text judged"
                " title or nickname one by one; the line spans of the bullets with notes (4-6, 57-60, 66-68) and"
                " that the bpRNA database note (18-20) belongs to no entry; the DOIs of all 31 entries")


if __name__ == "__main__":
    main()
