"""Truth for jindongwang/transferlearning awesome_paper: list items naming a paper."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "jindongwang__transferlearning__doc__awesome_paper@f951df1.md"

VENUE = re.compile(r"^(?:(?:\d{8}|\d{4}|arXiv|[A-Za-z]+(?:[-' ]\d{2})(?:[-\w]*)?|workshop)\s+)+")
LABEL = re.compile(r"^(?:arxiv|pdf|paper|code|github|project|video|slides?|blog|homepage|link|知乎.*|微信.*)$", re.IGNORECASE)


def title_of(body: str, top: bool) -> str | None:
    for m in re.finditer(r"\[([^\]]+)\]\(([^)]*)\)", body):
        text = m.group(1).strip()
        if not LABEL.match(text) and len(text.split()) >= 2 and not m.group(2).startswith("#"):
            return text
    if not top:
        return None
    if body.rstrip().endswith((":", "：")):
        return None  # a group heading over its papers
    rest = VENUE.sub("", body)
    broken = re.match(r"[\[(]([^\])]+)[\])]", rest)
    if broken:
        return broken.group(1)
    rest = re.split(r"\s*\[\[|\s+\|", rest, maxsplit=1)[0]
    rest = re.split(r"[\u3000-\u9fff\uff00-\uffef]", rest, maxsplit=1)[0]
    return rest if len(rest.split()) >= 2 else None


def main() -> None:
    t = Truth(NAME, "every list item naming a paper is an entry: title = its first link text that is not a label"
              " ([arxiv], [知乎文章], ...); a top-level item without such a link takes the text after its"
              " date/venue tokens up to the '[[label]]' links or the Chinese note; group headings"
              " (an item ending with a colon, method names) and description sub-bullets are not entries",
              "40 random entries, every item without a titled link, every indented entry")
    start = next(i for i, s in enumerate(t.lines, 1) if s.startswith("## Survey"))
    for i in range(start, len(t.lines) + 1):
        m = re.match(r"(\s*)- (?!- -)(.+)", t.line(i))
        if not m:
            continue
        title = title_of(m.group(2), top=not m.group(1))
        if title:
            t.add(i, i, title)
    t.write()


if __name__ == "__main__":
    main()
