"""Wild11 truth for lambda7xx/awesome-AI-system README: an ML-systems list in two shapes.

Shape 1 (lines 38-225): Markdown tables.  'Researcher' (Name | University | Homepage badge) and 'LLM
Serving Framework' / 'LLM Evaluation Platform' (Title | Github star badge) list people and tools.
The paper tables ('LLM Robustness and Debugging', 'LLM Inference (System Side)', 'Compiler',
'Attention', 'RAG And ANNS', 'RLHF', 'Video', 'LLM Inference(AI Side)', 'LLM MoE', 'LoRA') are
'| Title | Paper | Github | WebSite | Pub. & Date' rows: the title cell is plain text, the paper is
linked only through an image badge '[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](url)'
(whatever the host: arXiv, ACM, USENIX, lab PDFs), the code through a GitHub stars badge, then
'-' and a venue or date.  Some rows leave out the closing pipe or start without a space.
Shape 2 (lines 227-684): sections of bullets '- code [Title Venue'YY](github url)' followed, after
blank lines, by an indented '  paper [Title Venue'YY](paper url)' line (the venue sometimes after the
link, once '.ASPLOS'23' glued to the title, once '{GPUs}ATC'22'); a few bullets are plain
'- [Title Venue'YY](github)' and some link other awesome lists.

Entries:
- every row of the paper tables that names a paper (82: 1 + 44 + 2 + 2 + 9 + 4 + 3 + 10 + 3 + 4 by table): title = the Title cell as written (braces
  such as '{HydraServe}' kept).  The 'Liger' row (Paper cell '-', venue PPOPP'24) is an entry without
  an id.  Rows repeated across tables (Pre-gated MoE, SGLang twice) are separate entries.  The
  'WFGY 1.0 ... Framework' row ('Tech report', a DOI badge and a PDF) is a technical report, so an
  entry; its DOI is the doi.org link target (10.6084/m9.figshare.30338884): the badge image URL before
  it spells the DOI with the badge colour glued on ('...30338884-9cf'), which is not the DOI.
  Not entries: 'Ring Attn' (empty Paper cell, only a GitHub link: a code repository) and 'FastVideo'
  (a code project; its arXiv badge repeats the xDiT row's link 2411.01738), the researcher, serving
  framework and evaluation platform tables.
- every 'code' bullet (with its 'paper' line when it has one) and the plain '- [Aceso ... Eurosys'24]'
  bullet (107): one entry from the bullet line to its 'paper' line; title = the paper line's link text
  (else the code link text) without the venue tag at its end (`Venue'YY`, `Venue 'YY`, 'SC21');
  'zero-bubble-pipeline-parallelism' is only the repository name, so that entry's title is the paper
  line's 'NEAR ZERO BUBBLE PIPELINE PARALLELISM'.  'GLake ... ASPLOS'24' has a code link only and is an
  entry without an id.  Alpa, Unity and Hidet appear twice: separate entries.
  Not entries: the bullets linking other lists ('awesome distributed deep learning', 'awsome
  parallelism', 'awesome MoE', 'MoE Paper', 'awesome DL scheduler', 'awesome GNN'), headings, the
  table of contents and the Contribute paragraph.
Ids from the entry's own lines (arXiv and ACM/doi.org URLs; USENIX, VLDB, IEEE and OpenReview URLs
give none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import doi_of, entry, read_lines, write_truth

NAME = "lambda7xx__awesome-AI-system__README@4512edd.md"
PAPER_TABLES = ("LLM Robustness and Debugging", "LLM Inference (System Side)", "Compiler", "Attention",
                "RAG And ANNS", "RLHF", "Video", "LLM Inference(AI Side)", "LLM MoE", "LoRA")
NOT_PAPER_ROWS = ("Ring Attn", "FastVideo")
LISTS = ("awesome distributed deep learning", "awsome parallelism", "awesome MoE", "MoE Paper",
         "awesome DL scheduler", "awesome GNN")
VENUE = re.compile(r"\s*(?:[A-Za-z]+ ?'\d{2}|SC\d{2})\s*$")
BULLET = re.compile(r"^- +(?:code +)?\[(.+?)\]\((\S+?) ?\)")
PAPER = re.compile(r"^\s*paper +\[(.+?)\]\((\S+?) ?\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    table_rows = skipped_rows = 0
    first_bullets = next(i for i, t in enumerate(lines, 1) if t == "### Framework")
    # shape 1: tables
    for i, text in enumerate(lines[:first_bullets - 1], 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("|") or text.startswith(("| Title", "|:--", "| Name")):
            continue
        if section not in PAPER_TABLES:
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        title = cells[0]
        if title in NOT_PAPER_ROWS:
            skipped_rows += 1
            continue
        e = entry(lines, i, i, title)
        if title.startswith("WFGY"):
            e["doi"] = doi_of(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text))
            assert e["doi"] == "10.6084/m9.figshare.30338884", e
        papers.append(e)
        table_rows += 1
    assert (table_rows, skipped_rows) == (82, 2), (table_rows, skipped_rows)
    # shape 2: code/paper bullets
    bullets = lists = 0
    i = first_bullets
    while i <= len(lines):
        text = lines[i - 1]
        m = BULLET.match(text)
        if not m:
            assert not PAPER.match(text), i  # every paper line belongs to a bullet
            i += 1
            continue
        if m.group(1) in LISTS:
            lists += 1
            i += 1
            continue
        end, title = i, m.group(1)
        j = i + 1
        while j <= len(lines) and not lines[j - 1].strip():
            j += 1
        if j <= len(lines):
            p = PAPER.match(lines[j - 1])
            if p:
                end, title = j, p.group(1)
        title = VENUE.sub("", title).strip()
        assert title and not re.search(r"'\d{2}\s*$", title), (i, title)
        papers.append(entry(lines, i, end, title))
        bullets += 1
        i = end + 1
    assert (bullets, lists) == (107, 6), (bullets, lists)
    n_code = sum(1 for t in lines if re.match(r"^- +code \[", t))
    n_paper = sum(1 for t in lines if PAPER.match(t))
    assert (n_code, n_paper) == (106, 105), (n_code, n_paper)  # + Aceso = 107; GLake and Aceso lack paper lines
    write_truth(
        NAME, "wild11_development", papers,
        "every paper row of the badge tables (title = the plain Title cell) and every 'code [...]' bullet with"
        " its indented 'paper [...]' line (title = the paper link text, else the code link text, without the"
        " trailing Venue'YY tag) is an entry; people, tool and code-only rows and links to other lists are not",
        "table rows listed one by one (82 paper rows; Ring Attn and FastVideo left out; the Liger '-' row and"
        " the WFGY DOI badge); 106 code bullets + Aceso = 107 entries, 105 paper lines (GLake and Aceso have none), each"
        " bullet paired with the next non-blank line when it is a 'paper' line (the '(url )' space, the"
        " ' paper' one-space indent, three blank lines before one paper line); every bullet title printed and"
        " compared by eye after the venue cut ('{GPUs}ATC'22', '.ASPLOS'23', 'NeurIPS '22', 'SC21', venue"
        " after the link); the six list links",
    )


if __name__ == "__main__":
    main()
