"""A new paper written in the shape of the generic entries around it: a list item,
a table row (by the table's columns), a paper heading or a bold paragraph."""

from __future__ import annotations

from typing import Any

from ...model import Paper
from ..base import single_line
from ..table import escape_cell
from ..values import render_venue
from .column_names import column_roles


def paper_url(paper: Paper) -> str | None:
    url = paper.links.get("arxiv") or paper.links.get("paper") or paper.links.get("pdf") or paper.links.get("doi")
    if not url and paper.arxiv_id:
        url = f"https://arxiv.org/abs/{paper.arxiv_id}"
    if not url and paper.doi:
        url = f"https://doi.org/{paper.doi}"
    return url


def render(paper: Paper, style: dict[str, Any]) -> str:
    shape = style.get("shape")
    if shape == "row":
        return _row(paper, style.get("columns") or ["title", "venue", "summary"])
    if shape == "tab_row":  # (a row of a table with tabs between its cells: the title in its column, the rest empty)
        cells = [""] * int(style.get("cells", 1))
        cells[int(style.get("title_cell", 0))] = single_line(paper.title)
        return "\t".join(cells)
    title = single_line(paper.title)
    url = paper_url(paper)
    if shape == "yaml":  # (a record of the page's front matter: a list item of fields, valid YAML)
        pad = style.get("indent", "  ")
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        return f'{pad}- title: "{quoted}"' + (f'\n{pad}  url: "{url}"' if url else "")
    venue = f" ({render_venue(paper.venue)})" if paper.venue else ""
    link = f" [[paper]({url})]" if url else ""
    if shape == "heading":
        tag = f"[{render_venue(paper.venue)}] " if paper.venue else ""
        note = f"\n\n{paper.summary.strip()}" if paper.summary else ""
        return f"{style.get('level', '### ')}{tag}{title}{link}{note}"
    if shape == "paragraph":
        note = f"\n\n{single_line(paper.summary)}" if paper.summary else ""
        return f"**{title}**{venue}{link}{note}"
    return _item(paper, style, title, url)


def _item(paper: Paper, style: dict[str, Any], title: str, url: str | None) -> str:
    indent = style.get("indent", "")
    bullet = style.get("bullet", "-")
    if style.get("bold") or not url:
        head = f"**{title}**"
        if paper.venue:
            head += f" ({render_venue(paper.venue)})"
        extra = [f"[[{kind}]({u})]" for kind, u in paper.links.items() if kind != "paper" or u not in
                 {v for k, v in paper.links.items() if k != "paper"}]
        if not paper.links and url:
            extra = [f"[[paper]({url})]"]
        if extra:
            head += " " + " ".join(extra)
    else:
        head = f"[{title}]({url})"
        if paper.venue:
            head += f" ({render_venue(paper.venue)})"
    if paper.summary:
        head += f"{style.get('sep', ' — ')}{single_line(paper.summary)}"
    return f"{indent}{bullet} {head}"


def _row(paper: Paper, cols: list[str]) -> str:
    by_role = column_roles(cols)
    roles = {n: role for role, n in by_role.items()}
    title_at = next((by_role[r] for r in ("title", "paper", "name") if r in by_role), 0)
    url = paper_url(paper)
    title = escape_cell(single_line(paper.title))
    cells = []
    for n, _ in enumerate(cols):
        role = roles.get(n)
        if n == title_at:
            cells.append(f"[{title}]({url})" if url else title)
        elif role in ("title", "paper", "name"):
            cells.append("")
        elif role == "venue":
            cells.append(render_venue(paper.venue, ""))
        elif role == "year":
            cells.append(str(paper.year or (paper.venue.year if paper.venue else "") or ""))
        elif role == "authors":
            cells.append(escape_cell(", ".join(paper.authors)))
        elif role == "code":
            cells.append(f"[Code]({paper.links['code']})" if paper.links.get("code") else "")
        elif role == "link":
            cells.append(f"[paper]({url})" if url else "")
        elif role == "summary":
            cells.append(escape_cell(paper.summary or ""))
        else:
            cells.append("")
    return "| " + " | ".join(cells) + " |"
