"""Open truth for rguo12/awesome-causality-algorithms: tables '|Name|Paper|Venue|Code|' with the title linked.

Toolbox tables come first (tools); many rows are inside HTML comments, which Markdown does not show.
"""
import re

from _open import Open

NAME = "rguo12__awesome-causality-algorithms__README@411ca24.md"


def commented(lines: list[str]) -> set[int]:
    """1-based numbers of the lines that start inside an HTML comment or open one."""
    out, inside = set(), False
    for n, text in enumerate(lines, 1):
        if inside or text.lstrip().startswith("<!--"):
            out.add(n)
        pos = 0
        while True:
            if inside:
                j = text.find("-->", pos)
                if j < 0:
                    break
                inside, pos = False, j + 3
            else:
                j = text.find("<!--", pos)
                if j < 0:
                    break
                inside, pos = True, j + 4
    return out


def main() -> None:
    t = Open(NAME)
    hidden = commented(t.lines)
    col = None
    started = False
    two = 0
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## Causal Effect Estimation"):
            started = True
        if text.startswith("#"):
            col = None
        if not started or i in hidden or not text.startswith("|") or re.match(r"\|[\s:|-]+$", text.strip()):
            continue
        inner = text.strip()[1:]
        inner = inner.removesuffix("|")
        row = [c.strip() for c in inner.split("|")]
        if "Paper" in row:
            col = row.index("Paper")
            continue
        if col is None or col >= len(row) or row[col] in ("", "NA"):
            continue
        if re.search(r"Causation, Prediction, and Search|medium\.com|Statistical Software Components|"
                     r"Repository for theory", row[col]):
            continue  # a book (PC, FCI), a blog post, a Stata module, a code repository
        cell = row[col]
        if "](" not in cell and "](" in row[0]:
            cell = row[0]  # one row has its linked title under Name and the venue under Paper
        links = re.findall(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(", cell)
        titles = links or [cell]
        two += len(titles) > 1
        for label in titles:
            quoted = re.search(r"[\"“](.+?)[\"”]", label)
            cited = (re.search(r"\(\d{4}[^)]*\)\.\s+(.+?)\.\s", label)  # APA
                     or re.search(r"\b\d{4}\.\s+(.+?)\.\s+In\b", label)
                     or re.search(r"(?:Vreeken, J|Arkhangelsky, Dmitry, et al\.) (.+?)\. (?:In:|No\.)", label))
            t.add(i, i, quoted.group(1) if quoted else cited.group(1) if cited else label)
    t.write("every table row from '## Causal Effect Estimation' on whose Paper cell names a paper is an entry"
            " (a cell with two linked papers gives two entries), title = the link text, or the quoted title"
            " inside an author-first citation (two unquoted"
            " citations: the part between the year or authors and 'In'/'No.'), or the plain cell text; a book, a"
            " blog post, a Stata module and a repository are not papers; rows inside HTML comments are not shown"
            " and not entries; the Toolboxes tables list software and are not entries",
            f"every table header, all rows with a quoted citation or no link, the {two} rows with two papers,"
            " the commented-out blocks, the 15-entry sample")


if __name__ == "__main__":
    main()
