"""Wild8 truth for alanrogers/eghop src/past.md: a journal club's past-topics page (evolutionary
genetics / human population history), one '* Mon DD' bullet per meeting under '## Summer 2020' and
'## Fall 2020'.

Shape: '* Jun 01 [Authors. Year.][key] Title wrapped over two or three lines. Presenter: Name.'
followed by indented '*' sub-bullets quoting or summarising the abstract.  The link text is authors
and year only; the title is the plain text after the last reference link of the bullet's first
paragraph, up to '. Presenter:' / '. Presenters:' (one bullet, Hubisz, has no full stop before
'Presenter').  Links are reference-style ('[text][key]'), defined at the foot of the file as
'[key]:' with the URL on the next line; ids are taken from the resolved URLs, in the order the
bullet cites them (Galtier: the journal link gives no DOI, so its bioRxiv link's DOI is the id;
Petr likewise).  Nature article ids, ScienceDirect pii and sciencemag paths are not DOIs.

Entries: every meeting bullet naming a paper; the entry runs from the bullet's line to the last
non-blank line of its sub-bullets.  'Jul 06 Two readings: (1) ... and (2) ...' names two papers:
two entries on the same lines, each with its own title and the id of its own link.  Not entries:
'Nov 09 Cancelled', 'Nov 23 Cancelled', the headings, and the link definitions.  Extra links
inside a bullet (a bioRxiv version, a PCI recommendation) are the same paper's, not entries.

Count check: 26 top-level '* ' bullets (grep '^\\* ': 13 per term), minus 2 cancelled, plus 1 for the
two-reading bullet = 25 entries (14 in Summer 2020, 11 in Fall 2020).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "alanrogers__eghop__src__past@71da714.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    # link definitions: '[key]:' then the URL on the next line
    defs = {}
    for i, text in enumerate(lines):
        m = re.match(r"\[([^\]]+)\]:\s*$", text)
        if m:
            defs[m.group(1).lower()] = lines[i + 1].strip()
    first_def = min(i for i, t in enumerate(lines, 1) if re.match(r"\[[^\]]+\]:\s*$", t))

    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("* ") and i < first_def]
    assert len(bullets) == 26, len(bullets)

    def resolve_ids(text: str) -> tuple[str | None, str | None]:
        urls = " ".join(defs[k.lower()] for k in re.findall(r"\]\[([^\]]+)\]", text))
        return arxiv_of(urls), doi_of(urls)

    papers = []
    for n, start in enumerate(bullets):
        nxt = bullets[n + 1] if n + 1 < len(bullets) else first_def
        end = nxt - 1
        while not lines[end - 1].strip() or lines[end - 1].startswith("#"):
            end -= 1
        # first paragraph of the bullet (up to the first blank line)
        para_end = start
        while para_end < end and lines[para_end].strip():
            para_end += 1
        para = " ".join(t.strip() for t in lines[start - 1 : para_end])
        if re.match(r"\* \w{3} \d\d Cancelled$", para):
            continue
        if "Two readings:" in para:
            for part in re.split(r"\(\d\) ", para)[1:]:
                m = re.match(r"\[[^\]]*\]\[[^\]]+\]\s*(.+?)(?:, and|\. Presenter)", part)
                title = m.group(1)
                p = entry(lines, start, end, title)
                p["arxiv"], p["doi"] = resolve_ids(part[: m.end()])
                papers.append(p)
            continue
        body = re.sub(r"^\* \w{3} \d\d ", "", para)
        m = re.match(r"(?:\[[^\]]*\]\[[^\]]+\][;.\s]*)+(.+?)\.?\s+Presenters?:", body)
        assert m, para
        p = entry(lines, start, end, m.group(1))
        p["arxiv"], p["doi"] = resolve_ids(para)
        papers.append(p)

    summer = lines.index("## Fall 2020") + 1
    assert sum(1 for p in papers if p["line"] < summer) == 14
    assert sum(1 for p in papers if p["line"] > summer) == 11
    assert len(papers) == 25
    write_truth(
        NAME, PART, papers,
        "each '* Mon DD' meeting bullet naming a paper is an entry (lines: bullet and its abstract"
        " sub-bullets); title = plain text after the bullet's reference links up to 'Presenter(s):';"
        " the 'Two readings' bullet is two entries on the same lines; cancelled meetings are not entries;"
        " ids from the resolved '[key]:' definitions (URL on the next line)",
        "all 25 titles read against the file; bullet count by grep '^\\* ' (26) minus 2 'Cancelled' plus"
        " the two-reading bullet; every resolved URL checked by eye for DOIs (OUP article number, PLOS"
        " '%2F' and '?id=', bioRxiv v1/.full, genomebiology) and for non-DOIs (Nature ids, pii, sciencemag)",
    )


if __name__ == "__main__":
    main()
