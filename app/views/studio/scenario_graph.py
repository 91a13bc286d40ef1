"""The scenario as a picture: a card per node (the customer's line, elided, and their mood) and
per ending (styled by how good it is), an arrow per reply labelled with its emotion change and
points, and a red border, an alert icon and a tooltip on whatever the checks flag.

Columns come from ``app.scenario.graph.layout`` (distance from the start, crossings cut); this
module only draws them and moves between cards with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
)

from app.scenario.graph import GraphLayout
from app.scenario.model import Scenario
from app.views.icons import icon
from app.views.labels import emotion_names, ending_names
from app.views.plain import tip
from app.views.roleplay.debrief import ENDING_COLORS
from app.views.roleplay.meter import EMOTION_COLORS

CARD_W, CARD_H = 190.0, 80.0
COL_GAP, ROW_GAP = 84.0, 26.0
READABLE = 0.75  # the smallest zoom "fit" goes to: below it the lines cannot be read
FLAG = QColor("#C62828")  # red: a broken rule (also marked by an icon, never colour alone)
GOOD, BAD, NEUTRAL = QColor("#0072B2"), QColor("#D55E00"), QColor("#7B8794")


class NodeCard(QGraphicsItem):
    """A node or an ending. Selectable and focusable, so arrow keys and Enter work on it."""

    def __init__(self, node_id: str, header: str, line: str, accent: QColor, ending: str = ""):
        super().__init__()
        self.node_id = node_id
        self.ending = ending  # the ending's kind; "" for a node
        self.header = header
        self.line = line
        self.accent = accent
        self.problems: list[str] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)

    def set_problems(self, messages: list[str]) -> None:
        self.problems = messages
        self.setToolTip(tip("\n".join(f"⚠ {m}" for m in messages)))
        self.update()

    @property
    def flagged(self) -> bool:
        return bool(self.problems)

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, CARD_W + 6, CARD_H + 6)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        palette = widget.palette() if widget else None
        base = palette.base().color() if palette else QColor("#ffffff")
        text = palette.text().color() if palette else QColor("#1f2933")
        rect = QRectF(0, 0, CARD_W, CARD_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(palette.highlight().color() if palette else GOOD, 6))
            painter.drawRoundedRect(rect, 9, 9)
        fill = QColor(self.accent) if self.ending else QColor(base)
        if self.ending:
            fill.setAlpha(34)
            painter.setBrush(QBrush(base))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 9, 9)
        painter.setBrush(QBrush(fill))
        pen = QPen(FLAG, 3) if self.flagged else QPen(self.accent, 2 if self.ending else 1.2)
        if self.ending and not self.flagged:
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setWidthF(2.4)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 9, 9)
        if not self.ending:  # the customer's mood as a strip on the left
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawRoundedRect(QRectF(1.5, 1.5, 6, CARD_H - 3), 3, 3)
        font = QFont(widget.font() if widget else QFont())
        font.setPointSizeF(8.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(FLAG if self.flagged else text)
        right = 30 if self.flagged else 10
        head = QFontMetricsF(font).elidedText(
            self.header, Qt.TextElideMode.ElideRight, CARD_W - 14 - right
        )
        painter.drawText(QRectF(14, 6, CARD_W - 14 - right, 18), Qt.AlignmentFlag.AlignLeft, head)
        if self.flagged:
            icon("triangle-alert", FLAG.name(), 32).paint(
                painter, QRectF(CARD_W - 26, 5, 20, 20).toRect()
            )
        font.setBold(False)
        font.setPointSizeF(9)
        painter.setFont(font)
        painter.setPen(text)
        self._draw_lines(painter, font, QRectF(14, 27, CARD_W - 22, CARD_H - 32))

    def _draw_lines(self, painter: QPainter, font: QFont, box: QRectF) -> None:
        """The line in up to three rows, the last one elided."""
        metrics = QFontMetricsF(font)
        rows = max(1, int(box.height() // metrics.lineSpacing()))
        layout = QTextLayout(self.line or "…", font)
        layout.beginLayout()
        y = 0.0
        shown = 0
        while shown < rows:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(box.width())
            line.setPosition(QPointF(0, y))
            y += metrics.lineSpacing()
            shown += 1
        layout.endLayout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            rest = self.line[line.textStart() :]
            if i == layout.lineCount() - 1 and line.textStart() + line.textLength() < len(
                self.line
            ):
                rest = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, box.width())
            else:
                rest = self.line[line.textStart() : line.textStart() + line.textLength()]
            painter.drawText(
                QPointF(box.left(), box.top() + line.y() + metrics.ascent()), rest.rstrip("\n")
            )


class ReplyArrow(QGraphicsPathItem):
    """One reply: from its node's right edge to the target's left edge (a loop back arcs
    below); a reply whose target is missing ends in a red dashed stub with a question mark."""

    def __init__(self, path: QPainterPath, color: QColor, dashed: bool, hint: str) -> None:
        super().__init__(path)
        pen = QPen(color, 2.2 if dashed else 1.3)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setToolTip(hint)
        self.setZValue(-1)


class ScenarioGraphView(QGraphicsView):
    """Cards and arrows; emits the id of the card selected (None: nothing), of the card to
    edit (Enter, double click) and of the node to play from (F5 is the editor's)."""

    selected = Signal(object)
    activated = Signal(str)
    play_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.cards: dict[str, NodeCard] = {}
        self.layout_: GraphLayout | None = None
        self._quiet = False
        self.scene().selectionChanged.connect(self._selection_changed)
        self.setAccessibleName(self.tr("Scenario graph"))
        # Where the keys go must show: the frame takes the highlight while the graph has focus.
        self.setStyleSheet(
            "ScenarioGraphView { border: 1px solid palette(mid); }"
            "ScenarioGraphView:focus { border: 2px solid palette(highlight); }"
        )

    # drawing ------------------------------------------------------------------------------
    def show_graph(
        self,
        scenario: Scenario,
        layout: GraphLayout,
        moods: dict[str, int],
        problems: dict[str, list[str]],
        reply_problems: dict[tuple[str, int], list[str]],
    ) -> None:
        """Draw ``scenario`` anew, keeping the selection."""
        current = self.current_id()
        self._quiet = True
        scene = self.scene()
        scene.clear()
        self.cards = {}
        self.layout_ = layout
        tallest = max((len(c) for c in layout.columns), default=1)
        emotions = emotion_names()
        endings = ending_names()
        for col_index, column in enumerate(layout.columns):
            top = (tallest - len(column)) * (CARD_H + ROW_GAP) / 2
            for row, nid in enumerate(column):
                if nid in scenario.nodes:
                    node = scenario.nodes[nid]
                    mood = moods.get(nid)
                    header = nid if mood is None else f"{nid} · {emotions[mood]}"
                    if nid == scenario.start:
                        header = "▶ " + header
                    accent = QColor(EMOTION_COLORS[mood]) if mood is not None else NEUTRAL
                    card = NodeCard(nid, header, node.customer, accent)
                else:
                    ending = scenario.endings[nid]
                    header = f"{nid} · {endings.get(ending.kind, ending.kind)}"
                    accent = QColor(ENDING_COLORS.get(ending.kind, NEUTRAL.name()))
                    card = NodeCard(nid, header, ending.title, accent, ending.kind or "?")
                card.setPos(col_index * (CARD_W + COL_GAP), top + row * (CARD_H + ROW_GAP))
                card.set_problems(problems.get(nid, []))
                scene.addItem(card)
                self.cards[nid] = card
        for nid, node in scenario.nodes.items():
            for i, choice in enumerate(node.choices):
                self._add_arrow(nid, i, choice, len(node.choices), reply_problems.get((nid, i)))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self._quiet = False
        if current in self.cards:
            self.cards[current].setSelected(True)
        else:
            self.selected.emit(None)

    def _add_arrow(self, nid: str, index: int, choice, count: int, problems) -> None:
        source = self.cards[nid]
        target = self.cards.get(choice.next)
        start = source.pos() + QPointF(CARD_W, CARD_H * (index + 1) / (count + 1))
        points = (
            sum(choice.scores.values())
            if all(isinstance(v, int) for v in choice.scores.values())
            else 0
        )
        color = GOOD if points > 0 else BAD if points < 0 else NEUTRAL
        path = QPainterPath(start)
        if target is None:
            end = start + QPointF(46, 0)
            path.lineTo(end)
            mark = QGraphicsSimpleTextItem("?")
            mark.setBrush(FLAG)
            font = mark.font()
            font.setBold(True)
            mark.setFont(font)
            mark.setPos(end + QPointF(3, -mark.boundingRect().height() / 2))
            self.scene().addItem(mark)
            color = FLAG
        else:
            end = target.pos() + QPointF(0, CARD_H / 2)
            if end.x() > start.x():
                bend = (end.x() - start.x()) / 2
                path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
            else:  # back to an earlier column (a loop): arc below both cards
                low = max(start.y(), end.y()) + CARD_H
                path.cubicTo(
                    start + QPointF(60, low - start.y()), end + QPointF(-60, low - end.y()), end
                )
            head = QPainterPath(end)
            head.lineTo(end + QPointF(-8, -4.5))
            head.lineTo(end + QPointF(-8, 4.5))
            head.closeSubpath()
            path.addPath(head)
        label_text = f"{choice.emotion:+d} · {points:+d}"
        tip_text = self.tr("Reply %1: %2 → %3 (emotion %4, points %5)")
        for k, v in enumerate(
            (str(index + 1), choice.text or "…", choice.next or "?", f"{choice.emotion:+d}",
             f"{points:+d}"), start=1,
        ):  # fmt: skip
            tip_text = tip_text.replace(f"%{k}", v)
        if problems:
            tip_text += "\n" + "\n".join(f"⚠ {m}" for m in problems)
            color = FLAG
        tip_text = tip(tip_text)
        arrow = ReplyArrow(path, color, bool(problems), tip_text)
        self.scene().addItem(arrow)
        label = QGraphicsSimpleTextItem(label_text)
        font = label.font()
        font.setPointSizeF(7.5)
        label.setFont(font)
        label.setBrush(color)
        label.setPos(start + QPointF(6, -label.boundingRect().height() - 1))
        label.setToolTip(tip_text)
        self.scene().addItem(label)

    # selection and keys ------------------------------------------------------------------
    def current_id(self) -> str | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, NodeCard)]
        return chosen[0].node_id if chosen else None

    def select(self, node_id: str | None, centre: bool = True) -> None:
        if node_id not in self.cards:
            self.scene().clearSelection()
            return
        card = self.cards[node_id]
        if not card.isSelected():
            self.scene().clearSelection()
            card.setSelected(True)
        card.setFocus()
        if centre:
            self.centerOn(card)

    def _selection_changed(self) -> None:
        if not self._quiet:
            self.selected.emit(self.current_id())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.current_id() is None and self.layout_ and self.layout_.columns:
            self.select(self.layout_.columns[0][0])

    def keyPressEvent(self, event) -> None:
        key = event.key()
        current = self.current_id()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves and self.layout_ is not None:
            if current is None:
                self.select(self.layout_.columns[0][0])
            else:
                self.select(self.neighbour(current, *moves[key]))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
            self.activated.emit(current)
            return
        if event.matches(QKeySequence.StandardKey.Delete) and current:
            self.delete_requested.emit(current)
            return
        super().keyPressEvent(event)

    def neighbour(self, node_id: str, dx: int, dy: int) -> str:
        """The card next to ``node_id``: up and down in its column; left and right, the card
        of the next column nearest in height (empty columns are skipped)."""
        assert self.layout_ is not None
        col, row = self.layout_.place[node_id]
        columns = self.layout_.columns
        if dy:
            column = columns[col]
            return column[max(0, min(len(column) - 1, row + dy))]
        k = col + dx
        if not 0 <= k < len(columns):
            return node_id
        y = self.cards[node_id].pos().y()
        return min(columns[k], key=lambda other: abs(self.cards[other].pos().y() - y))

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeCard):
            self.activated.emit(item.node_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if not isinstance(item, NodeCard):
            return
        self.select(item.node_id, centre=False)
        menu = QMenu(self)
        if not item.ending:
            menu.addAction(self.tr("Play from here (F5)"), lambda: self.play_requested.emit(
                item.node_id))  # fmt: skip
        menu.addAction(self.tr("Edit (Enter)"), lambda: self.activated.emit(item.node_id))
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(item.node_id))
        menu.exec(event.globalPos())

    # zoom --------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            return
        super().wheelEvent(event)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        wanted = max(0.1, min(3.0, self.zoom() * factor))
        self.scale(wanted / self.zoom(), wanted / self.zoom())

    def fit(self) -> None:
        """The whole graph (Ctrl+0)."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:  # a small scenario is not blown up
            self.resetTransform()
            self.centerOn(rect.center())

    def overview(self, node_id: str | None) -> None:
        """The first view: the whole graph if it can be read so, else readable around
        ``node_id`` (the start, or the first problem)."""
        self.fit()
        if self.zoom() < READABLE:
            self.resetTransform()
            self.scale(READABLE, READABLE)
            if node_id in self.cards:
                self.centerOn(self.cards[node_id])
