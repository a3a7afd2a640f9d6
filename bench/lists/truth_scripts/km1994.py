"""Truth for km1994/nlp_paper_study ACL study: one paper per heading '#### [Title](url)'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "km1994__nlp_paper_study__other_study__meeting__ACL_study__readme@a40009f.md"


def main() -> None:
    t = Truth(NAME, "every heading whose text is a link '[Title](url)' is an entry running to the next heading;"
              " title = the link text without its 【】 brackets or '（N）' number; the 参考资料 items are articles"
              " about the conference", "all 72 headings")
    heads = [i for i, s in enumerate(t.lines, 1) if s.startswith("#")]
    for k, i in enumerate(heads):
        m = re.match(r"#+ \[(.+?)\]\(", t.line(i))
        if not m:
            continue
        end = (heads[k + 1] if k + 1 < len(heads) else len(t.lines) + 1) - 1
        while end > i and not t.line(end).strip():
            end -= 1
        title = re.sub(r"^【(.*)】$", r"\1", m.group(1).strip())
        t.add(i, end, re.sub(r"^[（(]\d+[）)]", "", title))
    t.write()


if __name__ == "__main__":
    main()
