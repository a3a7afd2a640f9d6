"""Wild33 truth for arumoy-shome/shome2023notebook papers.md: a PhD research notebook's annotated
bibliography (commit 8366357, the last version before papers.md was replaced by a symlink in 17b1b25).

Shape: one level-1 heading per record, ``# [STAR|TODO] @tag @tag citationkey`` (tags optional), followed by
the record's BibTeX -- sometimes fenced in ```bibtex, sometimes bare -- and, for some, free notes.  Every
such heading section is one entry, spanning from its heading to the last non-blank line before the next
heading; title = the BibTeX ``title = {...}`` field (may wrap over lines, inner braces dropped).  Ids:
``doi = {...}`` fields give the DOI (the closing brace is dropped); an ``eprint = {NNNN.NNNNN}`` field with
``archiveprefix = {arXiv}`` (ten records) gives the arXiv id.  Special
cases: ``# Testing`` (line 1769) and ``# LLMs`` (line 1897) are group headings, not entries;
``beller2018empirical`` (line 401, a PhD thesis) and ``mojtaba2023distilkaggle`` (line 2077, an MSR'24
data-showcase paper whose fenced BibTeX block is empty) are named only by key and notes, so their titles
are null; not entries: the software citations ``chollet2015keras`` (Keras, line 56) and
``abadi2015tensorflow`` (TensorFlow, "Software available from tensorflow.org", line 108) and the textbook
``wohlin2012experimentation`` (@Book, line 2188).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "arumoy-shome__shome2023notebook__papers@8366357.md"
PART = "wild33_development"
GROUPS = {"# Testing", "# LLMs"}
NOT_PAPERS = {"chollet2015keras", "abadi2015tensorflow", "wohlin2012experimentation"}


def bib_title(text: str) -> str | None:
    m = re.search(r"^\s*title\s*=\s*\{", text, re.MULTILINE | re.IGNORECASE)
    if not m:
        return None
    i, depth, out = m.end(), 1, []
    while depth:
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if not depth:
                break
        else:
            out.append(ch)
        i += 1
    return re.sub(r"\s+", " ", "".join(out)).strip()


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("# ")]
    papers, skipped = [], []
    for k, h in enumerate(heads):
        if lines[h - 1].strip() in GROUPS:
            continue
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        key = lines[h - 1].split()[-1]
        if key in NOT_PAPERS:
            skipped.append(key)
            continue
        title = bib_title("\n".join(lines[h - 1 : last]))
        if title is None:
            assert key in ("beller2018empirical", "mojtaba2023distilkaggle"), key
        e = entry(lines, h, last, title)
        own = "\n".join(lines[h - 1 : last])
        if e["doi"]:
            e["doi"] = e["doi"].rstrip("}")  # the BibTeX field's closing brace is not part of the DOI
        m = re.search(r"eprint\s*=\s*\{([0-9]{4}\.[0-9]{4,5})\}", own)
        if e["arxiv"] is None and m and re.search(r"archiveprefix\s*=\s*\{arXiv\}", own, re.IGNORECASE):
            e["arxiv"] = m.group(1)  # BibTeX eprint field with archivePrefix arXiv
        papers.append(e)
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 107, len(papers)
    write_truth(NAME, PART, papers,
                "Each '# ... citationkey' heading section is one entry (group headings 'Testing'/'LLMs', the "
                "Keras and TensorFlow software citations and one @Book excluded); title = the BibTeX title field "
                "with braces dropped, null for the two records named only by key.",
                "Heading list compared with grep; group headings, the three non-papers and the two BibTeX-less "
                "records checked by eye; fenced and bare BibTeX sections, first/last of each part and a random "
                "sample of 25 titles compared with the file.")


if __name__ == "__main__":
    main()
