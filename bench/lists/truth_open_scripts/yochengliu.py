"""Open truth for Yochengliu/awesome-point-cloud-analysis: '- [[VENUE](paper url)] Title. [[code](url)] [__`tag`__]'
bullets by year; a dataset list follows."""
import re

from _open import Open

NAME = "Yochengliu__awesome-point-cloud-analysis__README@a0ec37f.md"


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## 2017"))
    last = next(i for i, x in enumerate(t.lines, 1) if x.strip() == "- Datasets")
    for i in range(first, last):
        m = re.match(r"- \[\[[^\]]*\]\([^)]*\)\]\s*(.+)", t.line(i))
        if not m:
            continue  # empty '- ' bullets separate the venues
        rest = re.sub(r"^\[\[Tensorflow\]\([^)]*\)\]\s*", "", m.group(1))  # one code link before the title
        title = re.split(r"\s*\[\[|\s*\[__|\s*:(?:fire|star):", rest, maxsplit=1)[0]
        t.add(i, i, title)
    t.write("every '- [[VENUE](url)] Title. [[code](url)] [__`tag`__]' bullet of the year sections (2017-2021)"
            " is an entry, title = the text between the venue link and the code/tag/emoji marks; the empty '- '"
            " bullets and the Datasets list (datasets, some with a paper link) are not entries",
            "the 15-entry sample, that every non-empty bullet of the year sections has the shape, titles"
            " under 20 characters")


if __name__ == "__main__":
    main()
