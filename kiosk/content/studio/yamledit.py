"""Edit a YAML source file in place, changing only the text of what was edited.

PyYAML can read a file but not write it back as it was (comments, key order, folded
blocks, flow lists). A ``YamlDoc`` keeps the file's text and splices each edit into it:
the node's span is replaced, a key or list item is inserted after its last sibling's
line, a removed one takes its lines with it. After every splice the whole text is
parsed again and compared with what the edit should give; a mismatch is refused, so
an edit can never leave a file that reads differently from what the curator asked.
"""

from __future__ import annotations

import copy
import difflib
import textwrap
from typing import Any

import yaml

Path_ = tuple[str | int, ...]  # keys and list indexes from the document's root
WIDTH = 76  # folded blocks are wrapped as the sources are


class EditError(Exception):
    """An edit that cannot be written (a path that does not exist, a value YAML cannot
    hold in that place)."""


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """Safe loading with dates kept as text, as the content loader reads them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


def _compose(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=_Loader)


def _dump_scalar(value: Any) -> str:
    out = yaml.safe_dump(value, allow_unicode=True, width=10**9, default_flow_style=True)
    out = out.rstrip("\n")
    if out.endswith("\n..."):
        out = out[: -len("\n...")]
    return out


def _flow(value: Any) -> str:
    """A value on one line: a scalar, or a flow list of scalars."""
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    return _dump_scalar(value)


def _folded(value: str, indent: int) -> str | None:
    """``value`` as a ``>-`` block whose lines start at ``indent``; None if a folded block
    cannot hold it (leading spaces, trailing space, tabs)."""
    if not value or value != value.strip() or "\t" in value or "\r" in value:
        return None
    pad = " " * indent
    lines: list[str] = []
    for i, para in enumerate(value.split("\n")):
        if i:
            lines.append("")  # one empty line in a folded block is one line break
        if not para:
            continue
        if para != para.strip() or "  " in para:
            return None
        wrapped = textwrap.wrap(
            para, max(WIDTH - indent, 20), break_long_words=False, break_on_hyphens=False
        )
        lines += [pad + ln for ln in wrapped]
    return ">-\n" + "\n".join(lines)


def _refold(old_lines: list[str], value: str, indent: int) -> str | None:
    """``value`` as the lines of a folded block that keep every line break of the old
    lines around unchanged words, wrapping only what changed: the smallest diff."""
    old_paras: list[list[str]] = [[]]
    for line in old_lines:
        if line.strip():
            old_paras[-1].append(line.strip())
        else:
            old_paras.append([])
    new_paras = value.split("\n")
    if len(old_paras) != len(new_paras) or any(not p for p in new_paras):
        return None
    pad = " " * indent
    out: list[str] = []
    for k, (lines, para) in enumerate(zip(old_paras, new_paras, strict=True)):
        if k:
            out.append("")
        if para != para.strip() or "  " in para:
            return None
        old = [w for line in lines for w in line.split(" ")]
        breaks, n = set(), 0
        for line in lines:
            n += len(line.split(" "))
            breaks.add(n - 1)
        new = para.split(" ")
        same: dict[int, int] = {}
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for block in matcher.get_matching_blocks():
            for d in range(block.size):
                same[block.b + d] = block.a + d
        cur: list[str] = []
        faithful = False  # the line so far is the start of an old line, word for word
        for i, word in enumerate(new):
            as_before = i in same and i - 1 in same and same[i] == same[i - 1] + 1
            keep = cur and faithful and as_before
            if cur and not keep and len(pad + " ".join([*cur, word])) > WIDTH:
                out.append(pad + " ".join(cur))
                cur = []
            if not cur:
                faithful = i in same and (same[i] == 0 or same[i] - 1 in breaks)
            elif not as_before:
                faithful = False
            cur.append(word)
            j = same.get(i)
            if j is not None and j in breaks and same.get(i + 1) == j + 1:
                out.append(pad + " ".join(cur))
                cur = []
        if cur:
            out.append(pad + " ".join(cur))
    return "\n".join(out)


def _block(value: Any, indent: int) -> str:
    """A mapping or list as block YAML whose lines start at ``indent`` (the first line
    without its indentation), in the sources' style: short lists of ids in flow style,
    long texts folded."""
    pad = " " * indent
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            out.append(pad + f"{_dump_scalar(k)}:{_after_key(v, indent)}")
        return "\n".join(out)[indent:]
    if isinstance(value, list):
        out = []
        for v in value:
            out.append(
                pad + "- " + _block(v, indent + 2)
                if isinstance(v, dict | list)
                else pad + "- " + _scalar_text(v, indent + 2)
            )
        return "\n".join(out)[indent:]
    return _scalar_text(value, indent)


def _after_key(v: Any, indent: int) -> str:
    if isinstance(v, list) and all(not isinstance(x, dict | list) for x in v):
        return " " + _flow(v)
    if isinstance(v, dict | list) and v:
        return "\n" + " " * (indent + 2) + _block(v, indent + 2)
    return " " + _scalar_text(v, indent + 2)


def _scalar_text(value: Any, indent: int) -> str:
    if isinstance(value, str) and (len(value) + indent > WIDTH or "\n" in value):
        folded = _folded(value, indent)
        if folded is not None:
            return folded
    if isinstance(value, dict | list):
        return _flow(value)
    return _dump_scalar(value)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_after(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _content_end(text: str, node: yaml.Node) -> int:
    """Where the node's own text ends (block scalars and collections end at the next
    token, after line breaks and comments that belong to what follows)."""
    if isinstance(node, yaml.ScalarNode):
        if node.style in ("|", ">"):
            end = node.end_mark.index
            while end > node.start_mark.index and text[end - 1] in " \n\r":
                end -= 1
            return end
        return int(node.end_mark.index)
    if isinstance(node, yaml.SequenceNode | yaml.MappingNode):
        if node.flow_style or not node.value:
            return int(node.end_mark.index)
        last = node.value[-1]
        return _content_end(text, last[1] if isinstance(node, yaml.MappingNode) else last)
    return int(node.end_mark.index)


class YamlDoc:
    """One YAML file's text and the data it holds, edited with the smallest change."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = parse(text)

    # -- reading ------------------------------------------------------------------------

    def get(self, path: Path_, default: Any = None) -> Any:
        cur = self.data
        for part in path:
            try:
                cur = cur[part]
            except (KeyError, IndexError, TypeError):
                return default
        return cur

    def _node(self, path: Path_) -> tuple[yaml.Node, yaml.Node | None]:
        """The node at ``path`` and, for a mapping value, its key node."""
        node = _compose(self.text)
        key: yaml.Node | None = None
        if node is None:
            raise EditError("the file is empty")
        for part in path:
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                for k, v in node.value:
                    if k.value == part:
                        key, node = k, v
                        break
                else:
                    raise EditError(f"no key {part!r}")
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if not 0 <= part < len(node.value):
                    raise EditError(f"no item {part}")
                key, node = None, node.value[part]
            else:
                raise EditError(f"cannot follow {part!r}")
        return node, key

    # -- editing ------------------------------------------------------------------------

    def set(self, path: Path_, value: Any) -> None:
        """Set the value at ``path`` (a new key is added to its mapping)."""
        expected = copy.deepcopy(self.data)
        parent = _at(expected, path[:-1])
        if isinstance(parent, dict) and path[-1] not in parent:
            parent[path[-1]] = value
            self._apply(self._insert_key(path, value), expected)
            return
        parent[path[-1]] = value
        node, key = self._node(path)
        start, end = node.start_mark.index, _content_end(self.text, node)
        candidates: list[str] = []
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            indent = _block_indent(self.text, start)
            if node.style == ">" and isinstance(value, str):
                old_lines = self.text[_line_after(self.text, start) : end].split("\n")
                header = self.text[start : _line_after(self.text, start)]
                refolded = _refold(old_lines, value, indent)
                candidates += [header + refolded] if refolded is not None else []
            folded = _folded(value, indent) if isinstance(value, str) else None
            candidates += [folded] if folded is not None else []
            candidates.append(_scalar_text(value, indent))
        elif isinstance(node, yaml.SequenceNode | yaml.MappingNode) and not node.flow_style:
            if isinstance(value, list | dict) and value:
                candidates.append(_block(value, node.start_mark.column))
            elif key is not None:  # an emptied block collection: [] after its key
                start = key.end_mark.index
                candidates.append(": " + _flow(value))
            else:
                raise EditError("cannot empty a list that has no key")
        elif isinstance(value, list | dict) and any(isinstance(v, dict | list) for v in value):
            if key is None:
                raise EditError("a nested value needs a key")
            indent = _line_indent(self.text, key.start_mark.index) + 2
            candidates.append("\n" + " " * indent + _block(value, indent))
        else:
            candidates.append(_scalar_text(value, _line_indent(self.text, start) + 2))
        candidates.append(_flow(value))  # the plainest form YAML has, if the others fail
        self._apply_first([self.text[:start] + c + self.text[end:] for c in candidates], expected)

    def _insert_key(self, path: Path_, value: Any) -> str:
        mapping, _ = self._node(path[:-1])
        if not isinstance(mapping, yaml.MappingNode) or mapping.flow_style or not mapping.value:
            raise EditError("a key can only be added to a block mapping")
        indent = mapping.value[0][0].start_mark.column
        at = _line_after(self.text, _content_end(self.text, mapping))
        line = " " * indent + f"{_dump_scalar(path[-1])}:{_after_key(value, indent)}\n"
        text = self.text if self.text.endswith("\n") or at < len(self.text) else self.text + "\n"
        at = min(at, len(text)) if at < len(self.text) else len(text)
        return text[:at] + line + text[at:]

    def remove(self, path: Path_) -> None:
        """Remove a key or a list item with its lines."""
        expected = copy.deepcopy(self.data)
        parent = _at(expected, path[:-1])
        del parent[path[-1]]
        node, key = self._node(path)
        owner, _ = self._node(path[:-1])
        if getattr(owner, "flow_style", False):
            self.set(path[:-1], parent)
            return
        first = key if key is not None else node
        start = _line_start(self.text, first.start_mark.index)
        if key is None and self.text[start : first.start_mark.index].strip() not in ("-", ""):
            raise EditError("this list item shares its line with another value")
        end = _line_after(self.text, _content_end(self.text, node))
        if isinstance(owner, yaml.MappingNode | yaml.SequenceNode) and len(owner.value) == 1:
            self.set(path[:-1], parent)  # the last one: the collection becomes [] or {}
            return
        self._apply(self.text[:start] + self.text[end:], expected)

    def insert(self, path: Path_, index: int, value: Any) -> None:
        """Insert ``value`` into the list at ``path`` before ``index`` (len: append)."""
        expected = copy.deepcopy(self.data)
        seq = _at(expected, path)
        if not isinstance(seq, list):
            raise EditError("not a list")
        seq.insert(index, value)
        node, key = self._node(path)
        assert isinstance(node, yaml.SequenceNode)
        if node.flow_style or not node.value:
            if isinstance(value, dict | list):
                if key is None:
                    raise EditError("a nested list needs a key")
                indent = _line_indent(self.text, key.start_mark.index) + 2
                start, end = node.start_mark.index, _content_end(self.text, node)
                new = "\n" + " " * indent + _block(seq, indent)
                self._apply(self.text[:start] + new + self.text[end:], expected)
            else:
                self.set(path, seq)
            return
        first = node.value[0].start_mark.index
        dash = first - _line_start(self.text, first)
        dash = len(self.text[first - dash : first]) - len(self.text[first - dash : first].lstrip())
        if index < len(node.value):
            at = _line_start(self.text, node.value[index].start_mark.index)
        else:
            at = _line_after(self.text, _content_end(self.text, node.value[-1]))
        lines = (
            " " * dash
            + "- "
            + (
                _block(value, dash + 2)
                if isinstance(value, dict | list)
                else _scalar_text(value, dash + 2)
            )
        )
        text = self.text if at < len(self.text) or self.text.endswith("\n") else self.text + "\n"
        at = min(at, len(text))
        self._apply(text[:at] + lines + "\n" + text[at:], expected)

    def _apply_first(self, texts: list[str], expected: Any) -> None:
        for i, text in enumerate(texts):
            try:
                self._apply(text, expected)
                return
            except EditError:
                if i == len(texts) - 1:
                    raise

    def _apply(self, text: str, expected: Any) -> None:
        try:
            got = parse(text)
        except yaml.YAMLError as exc:
            raise EditError(f"the edit would not be valid YAML: {exc}") from exc
        if got != expected:
            raise EditError("the edit would not read back as written; nothing was changed")
        self.text, self.data = text, got


def _at(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _line_indent(text: str, pos: int) -> int:
    start = _line_start(text, pos)
    line = text[start:pos]
    stripped = line.lstrip(" ")
    if stripped.startswith("- "):  # the item's own key on a "- key:" line
        return len(line) - len(stripped) + 2 + (len(stripped[2:]) - len(stripped[2:].lstrip()))
    return len(line) - len(stripped)


def _block_indent(text: str, header: int) -> int:
    """The indentation of a block scalar's first content line."""
    first = _line_after(text, header)
    line = text[first : _line_after(text, first)]
    return len(line) - len(line.lstrip(" ")) if line.strip() else _line_indent(text, header) + 2
