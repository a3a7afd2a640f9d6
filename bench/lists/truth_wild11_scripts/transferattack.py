"""Wild11 truth for Trustworthy-AI-Group/TransferAttack README: a code README whose attack list is raw
HTML tables.

Shape: '### Untargeted Attacks' and '### Targeted Attacks' each hold one <table>; every body row is
'<tr>' + (for a category's first row) '<th rowspan="N"><sub><strong>Category</strong></sub></th>' +
'<td><a href="paper url" ...>NAME (Author et al., Year)</a></td>' + '<td ><sub>main idea</sub></td>'
(one description wraps over two lines; six rows are indented by two spaces) + '</tr>'.

Entries: every such attack row of the two attack tables (106 untargeted + 16 targeted = 122, equal to
the sums of the category rowspans 28+19+17+27+8+7 and 4+7+3+2).  The link text names the method and
its authors and year only, never the paper's title, so every title is null.  Rows that link the same
paper (VMI-FGSM and VNI-FGSM) are separate entries.  One row writes 'https://arxiv.org//abs/2405.03193'
(a doubled slash); its id is taken as written there.  An entry runs from its link line to the line
before '</tr>' (the description cell); the shared rowspan category cell is not part of it.
Not entries: the '[Devling into ...](arxiv)' line under the title (the repository's own paper, part of
its introduction, with its boilerplate BibTeX under 'Citation'), the models and defenses named inline
in the '### Models' prose and the notes of '## Evaluation', and the Evaluation tables, whose rows link
the attack's code file (./transferattack/...) and give numbers; the contributors table.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import arxiv_of, entry, read_lines, write_truth

NAME = "Trustworthy-AI-Group__TransferAttack__README@2663e4a.md"
LINK = re.compile(r'^\s*<td><a href="([^"]+)" target="_blank" rel="noopener noreferrer">([^<]+)</a></td>$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [i for i, t in enumerate(lines, 1) if t in ("### Untargeted Attacks", "### Targeted Attacks")]
    assert len(heads) == 2, heads
    counts = []
    rowspans = []
    for h in heads:
        start = next(i for i in range(h, len(lines) + 1) if lines[i - 1].startswith("<table"))
        stop = next(i for i in range(start, len(lines) + 1) if lines[i - 1] == "</table>")
        n = 0
        span = 0
        for i in range(start, stop):
            text = lines[i - 1]
            m = re.search(r'<th rowspan="(\d+)">', text)
            if m:
                span += int(m.group(1))
            m = LINK.match(text)
            if not m:
                continue
            assert re.search(r"\([^()]*\d{4}\)$", m.group(2)), (i, m.group(2))
            end = next(j for j in range(i + 1, stop) if lines[j - 1].strip() == "</tr>") - 1
            assert "<sub>" in lines[i] and lines[end - 1].rstrip().endswith("</sub></td>"), i
            e = entry(lines, i, end, None)
            if e["arxiv"] is None:  # one row writes 'arxiv.org//abs/2405.03193': the id is still written there
                e["arxiv"] = arxiv_of(re.sub(r"(arxiv\.org)/+(abs|pdf)", r"\1/\2", "\n".join(lines[i - 1:end])))
            papers.append(e)
            n += 1
        counts.append(n)
        rowspans.append(span)
    assert counts == [106, 16] and rowspans == counts, (counts, rowspans)
    write_truth(
        NAME, "wild11_development", papers,
        "every attack row of the two HTML attack tables (Untargeted, Targeted) is an entry, from its"
        " '<td><a href=paper>NAME (Author et al., Year)</a></td>' line to its description cell; the link"
        " text gives no title, so every title is null; the repository's own paper, the models named in"
        " prose and the evaluation tables (links to code files) are not entries",
        "row counts against the category rowspans (28+19+17+27+8+7=106, 4+7+3+2=16); every link host"
        " listed (arXiv 78, CVF 13, IEEE 12, AAAI 6, NeurIPS 3, OpenReview 3, IJCAI 2, ACM 2, ScienceDirect,"
        " ECVA, doi.org: all papers); the two-line description, the six indented rows, the arxiv.org/html"
        " link, the 'arxiv.org//abs' link (MetaSSA), the rows sharing one paper (VMI/VNI-FGSM); first and last rows of every category by eye;"
        " the Evaluation tables link ./transferattack/*.py only",
    )


if __name__ == "__main__":
    main()
