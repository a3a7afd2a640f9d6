"""Wild18 truth for SCAU-DataHub-GNN-Group/paper-reading-notes notes-suhao.md: one student's paper notes
in a lab group's reading repository (traffic forecasting / GNNs, 295 lines).

Shape: a name/contact header, '## Notes:', then one block per paper read:
  '- [x] [Title](pdf url), *Venue*.'   (the paper read; venue once '* AAAI 2020*')
followed by bold-labelled note sections ('**Tasks**', '**Challenges**', '**Drawback of existed
methods**', '**Proposed model**', '**Contributions**', '**Solution**', '**Question**') whose bullets are
prose, and a '**Key Reference**' section of bullets '- [Title](url),*Venue Year*' (the comma and the
space before the italic venue sometimes missing).

Entries: every '- [x] [Title](url)' line (10 papers read) and every bullet under a '**Key Reference**'
label (21 cited papers; N-BEATS and STSGCN are each cited twice, separate entries).  Each entry is its
own line: a read paper's note block holds the key-reference entries, so it is not made part of the
read paper's entry.  Title = the link text (one has a leading space inside the brackets, dropped).
Ids from the entry's line: arXiv pdf links (with 'v3'/'v4' versions dropped) and ACM 'doi/pdf/10.…'
links.  The prose bullets of the other note sections name no paper by title: not entries.

Count check: grep of '](http' lines gives 31 = 10 '- [x]' lines + 21 key references (per note:
6, 3, 2, 2, 2, 2, 1, 1, 1, 1), asserted.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "SCAU-DataHub-GNN-Group__paper-reading-notes__notes-suhao@331d8d8.md"
PART = "wild18_development"

BULLET = re.compile(r"- (\[x\] )?\[([^\]]+)\]\((https?://[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers, read, refs_per_note, in_refs = [], 0, [], False
    for n, text in enumerate(lines, 1):
        if text.startswith("**"):
            in_refs = text.strip() == "**Key Reference**"
            if in_refs:
                refs_per_note.append(0)
            continue
        m = BULLET.match(text)
        if not m:
            assert "](http" not in text, n
            continue
        if m.group(1):
            read += 1
            in_refs = False
        else:
            assert in_refs, n
            refs_per_note[-1] += 1
        papers.append(entry(lines, n, n, m.group(2)))
    assert read == 10, read
    assert refs_per_note == [6, 3, 2, 2, 2, 2, 1, 1, 1, 1], refs_per_note
    assert len(papers) == 31
    write_truth(NAME, PART, papers,
                "every '- [x] [Title](url), *Venue*' line (a paper read) and every '- [Title](url),*Venue*' bullet under"
                " a '**Key Reference**' label is an entry on its own line; title = the link text; the note sections'"
                " prose bullets are not entries",
                "all 31 entries one by one against the file (titles, incl. the upper-case DCRNN title and the leading"
                " space, arXiv ids without versions, ACM DOIs, the repeated N-BEATS and STSGCN references)")


if __name__ == "__main__":
    main()
