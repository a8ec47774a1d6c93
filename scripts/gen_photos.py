#!/usr/bin/env python3
"""Generate the placeholder listing "photos" in public/photos/.

Flat, photo-like SVG illustrations (exteriors, living rooms, bedrooms,
kitchens, views) stand in for host-uploaded pictures in development and demos.
Standard library only and fully deterministic: every file uses its own fixed
random seed, so re-running produces byte-identical output.

    python3 scripts/gen_photos.py            # writes public/photos/
    python3 scripts/gen_photos.py OUT_DIR    # writes somewhere else
"""
import math
import os
import random
import re
import sys
import zlib

W, H = 1200, 800


# --------------------------------------------------------------------- colour
def _rgb(c):
    c = c.lstrip('#')
    return [int(c[i:i + 2], 16) for i in (0, 2, 4)]


def mix(a, b, t):
    A, B = _rgb(a), _rgb(b)
    return '#%02x%02x%02x' % tuple(max(0, min(255, round(A[i] + (B[i] - A[i]) * t))) for i in range(3))


def dk(c, t=.2):
    return mix(c, '#000000', t)


def lt(c, t=.2):
    return mix(c, '#ffffff', t)


# ------------------------------------------------------------------ svg writer
def fmt(v):
    if isinstance(v, float):
        if abs(v) >= 2 or v == int(v):
            return str(int(round(v)))
        r = ('%.2f' % v).rstrip('0').rstrip('.')
        return r.replace('0.', '.', 1) if r.startswith(('0.', '-0.')) else r
    return str(v)


def attrs(a):
    out = []
    for k, v in a.items():
        if v is None:
            continue
        out.append(' %s="%s"' % (k.rstrip('_').replace('_', '-'), fmt(v)))
    return ''.join(out)


def pts(p):
    return ' '.join('%s,%s' % (fmt(float(x)), fmt(float(y))) for x, y in p)


def compact(d):
    d = re.sub(r'[ ,]+', ' ', d.strip())
    d = re.sub(r' ?([A-Za-z]) ?', r'\1', d)
    return d.replace(' -', '-')


def rect_d(x, y, w, h):
    x, y, w, h = (round(float(v)) for v in (x, y, w, h))
    return 'M%d %dh%dv%dh%dz' % (x, y, w, h, -w)


def ellipse_d(cx, cy, rx, ry):
    # radii are rounded first so the arc chord is exactly 2*rx (otherwise the
    # renderer scales the arc up to fit and the shape grows)
    rx, ry = float(fmt(float(rx))), fmt(float(ry))
    return 'M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 %s 0z' % (
        fmt(float(cx) - rx), fmt(float(cy)), fmt(rx), ry, fmt(2 * rx), fmt(rx), ry, fmt(-2 * rx))


def circle_d(cx, cy, r):
    return ellipse_d(cx, cy, r, r)


class Svg:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.defs = []
        self.body = []
        self.ids = {}

    # primitives: everything that can be a path becomes one, and consecutive
    # paths with identical plain styling are merged to keep the files small.
    def _path(self, d, a):
        a = dict(a)
        st = attrs(a)
        d = compact(d)
        mergeable = 'url(' not in str(a.get('fill', '')) and 'url(' not in str(a.get('stroke', '')) \
            and 'transform' not in a
        last = self.body[-1] if self.body else None
        if mergeable and isinstance(last, list) and last[1] == st:
            last[0].append(d)
        else:
            self.body.append([[d], st] if mergeable else '<path d="%s"%s/>' % (d, st))

    def add(self, tag, **a):
        self.body.append('<%s%s/>' % (tag, attrs(a)))

    def open(self, tag='g', **a):
        self.body.append('<%s%s>' % (tag, attrs(a)))

    def close(self, tag='g'):
        self.body.append('</%s>' % tag)

    def R(self, x, y, w, h, fill, rx=None, **a):
        if (rx is not None and rx > 4) or 'transform' in a:
            r = '<rect%s' % attrs(dict(x=float(x), y=float(y), width=float(w), height=float(h), rx=rx, **a))
            last = self.body[-1] if self.body else None
            if not a and isinstance(last, tuple) and last[1] == fill:
                last[0].append(r)
            elif not a:
                self.body.append(([r], fill))
            else:
                self.body.append(r + ' fill="%s"/>' % fill)
        else:
            x, y, w, h = (round(float(v)) for v in (x, y, w, h))
            self._path('M%d %dh%dv%dh%dz' % (x, y, w, h, -w), dict(fill=fill, **a))

    def P(self, p, fill, **a):
        p = [(float(x), float(y)) for x, y in p]
        area = sum(p[i][0] * p[i - 1][1] - p[i - 1][0] * p[i][1] for i in range(len(p)))
        if area > 0:
            p = p[::-1]
        self._path('M' + pts(p[:1]) + 'L' + pts(p[1:]) + 'z', dict(fill=fill, **a))

    def C(self, cx, cy, r, fill, **a):
        self._path(circle_d(cx, cy, r), dict(fill=fill, **a))

    def E(self, cx, cy, rx, ry, fill, **a):
        self._path(ellipse_d(cx, cy, rx, ry), dict(fill=fill, **a))

    def D(self, d, fill, **a):
        self._path(d, dict(fill=fill, **a))

    # paint servers
    def _def(self, key, make):
        if key not in self.ids:
            gid = 'a%d' % len(self.ids)
            self.ids[key] = gid
            self.defs.append(make(gid))
        return 'url(#%s)' % self.ids[key]

    def lg(self, stops, x2=0, y2=1, spread=None):
        def make(gid):
            a = {'id': gid}
            if x2 != 1:
                a['x2'] = x2
            if y2 != 0:
                a['y2'] = y2
            a['spreadMethod'] = spread
            return '<linearGradient%s>%s</linearGradient>' % (attrs(a), _stops(stops))
        return self._def(('lg', tuple(stops), x2, y2, spread), make)

    def rg(self, stops, cx=.5, cy=.5, r=.5):
        def make(gid):
            a = {'id': gid}
            if (cx, cy, r) != (.5, .5, .5):
                a.update(cx=cx, cy=cy, r=r)
            return '<radialGradient%s>%s</radialGradient>' % (attrs(a), _stops(stops))
        return self._def(('rg', tuple(stops), cx, cy, r), make)

    def blur(self, sd):
        sd = 5 if sd <= 6 else 12
        return self._def(('blur', sd), lambda gid: (
            '<filter id="%s" x="-50%%" y="-50%%" width="200%%" height="200%%">'
            '<feGaussianBlur stdDeviation="%s"/></filter>' % (gid, sd)))

    # helpers
    def shadow(self, cx, cy, rx, ry, op=.22, sd=8):
        self.E(cx, cy, rx, ry, '#000', opacity=op, filter=self.blur(sd))

    def vignette(self, op=.28):
        self.R(0, 0, W, H, self.rg([(.55, '#000', 0), (1, '#000', op)], r=.75))

    def render(self):
        def one(b):
            if isinstance(b, str):
                return b
            if isinstance(b, list):
                return '<path d="%s"%s/>' % (''.join(b[0]), b[1])
            if len(b[0]) == 1:
                return b[0][0] + ' fill="%s"/>' % b[1]
            return '<g fill="%s">%s</g>' % (b[1], ''.join(r + '/>' for r in b[0]))
        body = '\n'.join(one(b) for b in self.body)
        out = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">\n'
               + ('<defs>%s</defs>\n' % ''.join(self.defs) if self.defs else '') + body + '\n</svg>\n')
        return re.sub(r'#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b', r'#\1\2\3', out)


def _stops(stops):
    out = []
    for s in stops:
        o, c = s[0], s[1]
        op = '' if len(s) < 3 else ' stop-opacity="%s"' % fmt(s[2])
        off = '' if o == 0 else ' offset="%s"' % fmt(o)
        out.append('<stop%s stop-color="%s"%s/>' % (off, c, op))
    return ''.join(out)


# ================================================================ landscape
SKIES = {
    'day': ['#4b9fdc', '#8fcbee', '#e4f4fa'],
    'golden': ['#6a9bd1', '#e8bf94', '#fde6bd'],
    'sunset': ['#2d3a7c', '#a45f8c', '#f0936a', '#fcd69c'],
    'dusk': ['#0e1535', '#2b3472', '#775896', '#e59c8d'],
    'night': ['#060a1c', '#121c46', '#2c3770'],
}


def sky(s, mode, horizon, sunx=900, clouds=3):
    cols = SKIES[mode]
    n = len(cols)
    s.R(0, 0, W, horizon + 60, s.lg([(i / (n - 1), c) for i, c in enumerate(cols)]))
    rng = s.rng
    if mode in ('day', 'golden'):
        sy = 150 if mode == 'day' else horizon - 170
        s.C(sunx, sy, 190, s.rg([(0, '#fffbe6', .9), (.25, '#fff3c4', .35), (1, '#fff3c4', 0)]))
        s.C(sunx, sy, 38, '#fffaf0')
    elif mode == 'sunset':
        sy = horizon - 55
        s.C(sunx, sy, 300, s.rg([(0, '#ffe2a0', .9), (.3, '#ffb070', .4), (1, '#ff9060', 0)]))
        s.C(sunx, sy, 52, '#ffe6b0')
    else:
        s.D(''.join('M%d %dh%dv%dh-%dz' % (rng.randint(0, W), rng.randint(0, int(horizon * .6)), k, k, k)
                    for k in [rng.choice((2, 3)) for _ in range(30 if mode == 'night' else 18)]), '#fff', opacity=.8)
        mx, my = sunx, 120
        s.C(mx, my, 120, s.rg([(0, '#fdf6dc', .35), (1, '#fdf6dc', 0)]))
        s.C(mx, my, 26, '#f6efd6')
    if mode in ('day', 'golden'):
        for _ in range(clouds):
            cloud(s, rng.randint(60, W - 60), rng.randint(70, int(horizon * .5)), rng.uniform(.7, 1.3),
                  '#ffffff' if mode == 'day' else '#fff1df')
    elif mode in ('sunset', 'dusk'):
        for _ in range(clouds + 1):
            s.E(rng.randint(0, W), rng.randint(int(horizon * .25), int(horizon * .8)), rng.randint(90, 220),
                rng.randint(6, 12), '#ffc2a8' if mode == 'sunset' else '#c98aa4', opacity=.55)


def cloud(s, x, y, k, c):
    r = 15 * k
    s.D('M%d %da%d %d 0 0 0 0 %dh%da%d %d 0 0 0 0-%dz' % (x - 75 * k, y - 8 * k, r, r, 2 * r, 160 * k, r, r, 2 * r),
        c, opacity=.85)
    for dx, dy, rr in ((-40, 0, 34), (15, -18, 46), (65, 2, 30)):
        s.C(x + dx * k, y + dy * k, rr * k, c, opacity=.85)


def mountains(s, base, top, low, fill, snow=None, shade=.18):
    rng = s.rng
    p = [(-60, base)]
    peaks = []
    x = -60 + rng.randint(0, 120)
    while x < W + 120:
        py = rng.randint(top, low)
        p.append((x, py))
        peaks.append(len(p) - 1)
        x += rng.randint(90, 170)
        p.append((x, py + (base - py) * rng.uniform(.35, .6)))
        x += rng.randint(80, 160)
    p.append((W + 120, base))
    s.P(p, fill)
    d = []
    for i in peaks:
        (px, py), (rx, ry) = p[i], p[i + 1]
        d.append('M%s,%s L%s,%s L%s,%s Z' % (fmt(float(px)), fmt(float(py)), fmt(float(rx)), fmt(float(ry)),
                                              fmt(px + (rx - px) * .25), fmt(float(base))))
    s.D(' '.join(d), '#000', opacity=shade)
    if snow:
        d = []
        for i in peaks:
            (lx, ly), (px, py), (rx, ry) = p[i - 1], p[i], p[i + 1]
            t = .26
            a = (px + (lx - px) * t, py + (ly - py) * t)
            b = (px + (rx - px) * t, py + (ry - py) * t)
            m1 = (a[0] + (b[0] - a[0]) * .33, a[1] - 10)
            m2 = (a[0] + (b[0] - a[0]) * .66, b[1] + 8)
            d.append('M' + ' L'.join('%s,%s' % (fmt(float(u)), fmt(float(v))) for u, v in (a, (px, py), b, m2, m1)) + 'Z')
        s.D(' '.join(d), snow)


def hills(s, y, amp, fill, n=3, **a):
    rng = s.rng
    seg = W / n
    d = 'M-20,%d Q%d,%d %d,%d' % (y + rng.randint(-amp, amp), seg / 2, y - amp * rng.choice([-1, 1]), seg, y)
    for i in range(2, n + 2):
        d += ' T%d,%d' % (seg * i, y + rng.randint(-amp // 2, amp // 2))
    d += ' V800 H-20Z'
    s.D(d, fill, **a)


def sea(s, horizon, c1, c2, sunx=None, glint='#fff'):
    rng = s.rng
    s.R(0, horizon, W, H - horizon, s.lg([(0, c1), (1, c2)]))
    for _ in range(11):
        y = horizon + (H - horizon) * rng.random() ** 1.6
        k = (y - horizon) / (H - horizon)
        s.R(rng.randint(0, W), y, 20 + 90 * k, 2 + 2 * k, '#fff', opacity=.3)
    if sunx is not None:
        for i in range(7):
            w = 120 - i * 12
            s.R(sunx - w / 2 + rng.randint(-10, 10), horizon + 6 + i * 14, w, 4, glint, opacity=.6)


def canopy(s, base, fill, rmin=50, rmax=90):
    """A row of round tree crowns as one scalloped path."""
    rng = s.rng
    d = 'M-40 %dV%d' % (base + 400, base)
    x, y = -40, base
    while x < W + 40:
        w = rng.randint(rmin, rmax) * 2
        ny = base + rng.randint(-25, 25)
        d += 'a%d %d 0 0 1 %d %d' % (w * .52, w * .52, w, ny - y)
        x, y = x + w, ny
    s.D(d + 'V%dz' % (base + 400), fill)


def treeline(s, base, h, fill, step=26):
    rng = s.rng
    d = 'M-10,%d' % base
    x = -10
    while x < W + 10:
        d += ' L%d,%d L%d,%d' % (x + step / 2, base - h * rng.uniform(.5, 1), x + step, base - h * .25)
        x += step
    d += ' V%d Z' % (base + 40)
    s.D(d, fill)


# ================================================================== plants
def pines(s, specs, c):
    """Conifers, drawn layer by layer (trunks, crowns, shading) so each layer is one path."""
    specs = sorted(specs, key=lambda p: p[1])
    s.D(''.join(rect_d(x - h * .03, gy - h * .14, h * .06, h * .14) for x, gy, h in specs), '#5a3f2e')
    d1, d2 = [], []
    for x, gy, h in specs:
        w = h * .42
        for top, bot, hw in ((gy - h, gy - h * .5, w * .55), (gy - h * .78, gy - h * .3, w * .78),
                             (gy - h * .56, gy - h * .1, w)):
            d1.append('M%s %sL%s %s %s %sz' % (fmt(x), fmt(top), fmt(x - hw), fmt(bot), fmt(x + hw), fmt(bot)))
            d2.append('M%s %sL%s %s %s %sz' % (fmt(x), fmt(top), fmt(x), fmt(bot), fmt(x + hw), fmt(bot)))
    s.D(''.join(d1), c)
    s.D(''.join(d2), '#000', opacity=.16)


def pine(s, x, gy, h, c):
    pines(s, [(x, gy, h)], c)


def roundtrees(s, specs, c):
    """Deciduous trees, drawn layer by layer so each layer is a single path."""
    s.D(''.join(rect_d(x - h * .035, gy - h * .45, h * .07, h * .45) for x, gy, h in specs), '#6b4a35')
    layers = [(dk(c, .12), ((0, .66, .3), (-.2, .5, .2), (.2, .52, .21))),
              (c, ((-.07, .71, .22),)), (lt(c, .15), ((-.12, .8, .09),))]
    for col, circles in layers:
        s.D(''.join(circle_d(x + dx * h, gy - dy * h, r * h) for x, gy, h in specs for dx, dy, r in circles), col)


def roundtree(s, x, gy, h, c):
    roundtrees(s, [(x, gy, h)], c)


def cypress(s, x, gy, h, c):
    s.E(x, gy - h / 2, h * .09, h / 2, c)
    s.E(x + h * .03, gy - h / 2, h * .05, h * .48, '#000', opacity=.15)


def palm(s, x, gy, h, lean, c):
    tx, ty = x + lean, gy - h
    s.D('M%s,%s Q%s,%s %s,%s L%s,%s Q%s,%s %s,%sZ' % (
        fmt(x - 9.0), fmt(gy), fmt(x + lean * .15), fmt(gy - h * .5), fmt(tx - 4.0), fmt(ty),
        fmt(tx + 4.0), fmt(ty), fmt(x + lean * .15 + 12), fmt(gy - h * .5), fmt(x + 9.0), fmt(gy)), '#8d6b4c')
    for i, a in sorted(enumerate((-165, -130, -95, -55, -15, 25, 160)), key=lambda p: p[0] % 2):
        L = h * .5 * (.8 if i in (2, 3) else 1)
        r = math.radians(a)
        ex, ey = tx + L * math.cos(r), ty + L * math.sin(r) * .6 + L * .35
        mx, my = (tx + ex) / 2, (ty + ey) / 2 - L * .22
        px, py = -(ey - ty) / L * 16, (ex - tx) / L * 16
        s.D('M%s,%s Q%s,%s %s,%s Q%s,%s %s,%sZ' % (fmt(tx), fmt(ty), fmt(mx + px), fmt(my + py), fmt(ex), fmt(ey),
                                                   fmt(mx - px * .2), fmt(my - py * .2), fmt(tx), fmt(ty)),
            c if i % 2 else dk(c, .15))


def bush(s, x, gy, w, c):
    s.E(x, gy - w * .28, w * .5, w * .3, dk(c, .1))
    s.E(x - w * .12, gy - w * .36, w * .3, w * .22, c)


def leaf(s, bx, by, ang, L, wid, c):
    r = math.radians(ang)
    dx, dy = math.cos(r), math.sin(r)
    tx, ty = bx + L * dx, by + L * dy
    mx, my = bx + L * .5 * dx, by + L * .5 * dy
    px, py = -dy * wid, dx * wid
    s.D('M%s,%s Q%s,%s %s,%s Q%s,%s %s,%sZ' % (fmt(bx), fmt(by), fmt(mx + px), fmt(my + py), fmt(tx), fmt(ty),
                                               fmt(mx - px), fmt(my - py), fmt(bx), fmt(by)), c)


def potplant(s, x, fy, h, pot, green, kind):
    rng = s.rng
    pw = h * .32
    s.shadow(x, fy, pw * .7, 8, .25, 5)
    top = fy - pw * 1.05
    cols = [green, dk(green, .18), lt(green, .12)]
    leaves = []
    if kind == 'snake':
        for i in range(9):
            a = -90 + (i - 4) * 7 + rng.uniform(-3, 3)
            leaves.append((i % 3, x + (i - 4) * 3, top + 4, a, h * rng.uniform(.6, 1.0), 9))
    elif kind == 'palm':
        s.D('M%s %sV%s' % (fmt(x), fmt(top), fmt(top - h * .55)), 'none', stroke='#5a6b3a', stroke_width=4)
        for i in range(8):
            leaves.append((i % 2, x, top - h * .55, -170 + i * 23 + rng.uniform(-6, 6), h * .45, 12))
    else:
        stems = []
        for i in range(8):
            a = -90 + (i - 3.5) * 19 + rng.uniform(-5, 5)
            r = math.radians(a)
            L = h * rng.uniform(.45, .7)
            bx, by = x + math.cos(r) * L * .55, top + math.sin(r) * L * .55
            stems.append('M%s %sL%s %s' % (fmt(x), fmt(top), fmt(bx), fmt(by)))
            leaves.append((i % 3, bx, by, a + rng.uniform(-25, 25), L * .55, L * .22))
        s.D(''.join(stems), 'none', stroke=dk(green, .25), stroke_width=3)
    for ci, bx, by, a, L, wid in sorted(leaves, key=lambda p: p[0]):
        leaf(s, bx, by, a, L, wid, cols[ci])
    s.P([(x - pw / 2, top), (x + pw / 2, top), (x + pw * .38, fy), (x - pw * .38, fy)], pot)
    s.R(x - pw / 2 - 3, top - 4, pw + 6, 12, lt(pot, .1), rx=3)


# ============================================================ architecture
GLASS = [(0, '#d8eef8'), (1, '#86b6d6')]
LIT = [(0, '#fff0b8'), (1, '#f5b04e')]
DIM = [(0, '#4a5a7c'), (1, '#28324f')]


def windows(s, specs, frame='#ffffff', cross=True, fw=5):
    """specs: (x, y, w, h, state); all frames, panes, reflections and bars each become one path."""
    s.D(''.join(rect_d(x - fw, y - fw, w + 2 * fw, h + 2 * fw) for x, y, w, h, _ in specs), frame)
    for state, stops in (('day', GLASS), ('dim', DIM), ('lit', LIT)):
        d = ''.join(rect_d(x, y, w, h) for x, y, w, h, st in specs if st == state)
        if d:
            s.D(d, s.lg(stops))
    d = ''.join('M%d %dL%d %d %d %d %d %dz' % (x + w * .1, y + h, x + w * .5, y, x + w * .68, y, x + w * .28, y + h)
                for x, y, w, h, st in specs if st != 'lit')
    if d:
        s.D(d, '#fff', opacity=.22)
    if cross:
        s.D(''.join(rect_d(x + w / 2 - 2, y, 4, h) + rect_d(x, y + h * .45 - 2, w, 4) for x, y, w, h, _ in specs),
            frame)


def window(s, x, y, w, h, state='day', frame='#ffffff', cross=True, fw=5):
    windows(s, [(x, y, w, h, state)], frame, cross, fw)


def door(s, x, gy, w, h, c, knob='#e8c37a'):
    s.R(x - 5, gy - h - 5, w + 10, h + 5, dk(c, .3))
    s.R(x, gy - h, w, h, c)
    s.R(x + w * .18, gy - h * .88, w * .64, h * .34, dk(c, .12))
    s.R(x + w * .18, gy - h * .46, w * .64, h * .34, dk(c, .12))
    s.C(x + w * .82, gy - h * .48, 4, knob)
    s.R(x - 14, gy, w + 28, 8, '#b9b2a6')


def chevron_roof(s, x, w, ytop, rh, c, t=26, oh=24):
    cx = x + w / 2
    slope = rh / (w / 2)
    ya = ytop - rh - t * .5
    yb = ya + (w / 2 + oh) * slope
    s.P([(x - oh, yb), (cx, ya), (x + w + oh, yb), (x + w + oh, yb + t), (cx, ya + t), (x - oh, yb + t)], c)
    return ya, yb


def hip_roof(s, x, w, ytop, rh, c, oh=26):
    s.P([(x - oh, ytop + 6), (x + w + oh, ytop + 6), (x + w + oh - rh * 1.1, ytop - rh),
         (x - oh + rh * 1.1, ytop - rh)], c)
    s.P([(x + w / 2, ytop + 6), (x + w + oh, ytop + 6), (x + w + oh - rh * 1.1, ytop - rh),
         (x + w / 2, ytop - rh)], '#000', opacity=.12)
    s.R(x - oh, ytop, w + 2 * oh, 10, dk(c, .3))


def siding(s, x, y, w, h, c, horizontal=True, n=14):
    g = s.lg([(0, c), (.85, c), (.85, dk(c, .1)), (1, dk(c, .1))],
             x2=0 if horizontal else 1 / n, y2=1 / n if horizontal else 0, spread='repeat')
    s.R(x, y, w, h, g)


def pool(s, p, water=('#7fd8ef', '#2793c9')):
    s.P(p, '#f2efe8')
    (x0, y0), (x1, _), (x2, y2), (x3, _) = p
    inner = [(x0 + 14, y0 + 6), (x1 - 14, y0 + 6), (x2 - 16, y2 - 8), (x3 + 16, y2 - 8)]
    s.P(inner, s.lg([(0, water[0]), (1, water[1])]))
    rng = s.rng
    for _ in range(9):
        t = rng.random()
        y = y0 + 14 + (y2 - y0 - 30) * t
        x = x3 + 40 + (x2 - x3 - 140) * rng.random()
        s.D('M%d,%d q15,-6 30,0 t30,0' % (x, y), 'none', stroke='#fff', stroke_width=2.5, opacity=.6)


def lounger(s, x, gy, c, flip=False):
    k = -1 if flip else 1
    s.shadow(x + 50 * k, gy + 4, 70, 8, .2, 4)
    s.R(x + (0 if k > 0 else -120), gy - 24, 120, 8, '#8a6a4f')
    s.P([(x, gy - 26), (x + 90 * k, gy - 26), (x + 90 * k, gy - 34), (x, gy - 34)], c)
    s.P([(x + 88 * k, gy - 26), (x + 125 * k, gy - 66), (x + 133 * k, gy - 60), (x + 98 * k, gy - 26)], c)
    for lx in (8, 100):
        s.R(x + lx * k - 3, gy - 18, 5, 18, '#5e4736')


def umbrella(s, x, gy, h, c):
    s.R(x - 3, gy - h, 6, h, '#e9e2d4')
    s.D('M%d,%d Q%d,%d %d,%d Z' % (x - 110, gy - h + 40, x, gy - h - 40, x + 110, gy - h + 40), c)
    s.D('M%d,%d Q%d,%d %d,%d Z' % (x, gy - h + 40 - 1, x, gy - h - 40, x + 110, gy - h + 40), '#000', opacity=.12)


# ================================================================ exteriors
def ground(s, y, c1, c2):
    s.R(0, y, W, H - y, s.lg([(0, c1), (1, c2)]))


def ext_villa(s):
    rng = s.rng
    sky(s, 'day', 470, sunx=rng.randint(820, 1000))
    hills(s, 430, 40, '#a9c9c4')
    hills(s, 500, 30, '#86b48c')
    ground(s, 600, '#8cbf6e', '#6fa556')
    pine(s, 1060, 610, 300, '#3f7a4c')
    roundtrees(s, [(170, 610, 260), (960, 610, 190)], rng.choice(['#5c9a58', '#6aa95c']))
    gy = 610
    s.shadow(590, gy + 4, 360, 16)
    wall, wood, dark = '#f3f0ea', rng.choice(['#b57f52', '#a86f45', '#c08a5c']), '#2a2f36'
    s.R(270, gy - 170, 640, 170, wall)
    s.R(420, gy - 320, 440, 150, wall)
    siding(s, 290, gy - 165, 150, 165, wood, horizontal=False, n=10)
    siding(s, 720, gy - 310, 130, 140, wood, horizontal=False, n=9)
    s.R(250, gy - 178, 680, 12, dark)
    s.R(400, gy - 330, 480, 12, dark)
    windows(s, [(470 + i * 104, gy - 150, 96, 150, 'day') for i in range(4)] + [(440, gy - 300, 260, 100, 'day')],
            dark, cross=False, fw=4)
    s.R(420, gy - 180, 440, 10, '#000', opacity=.12)
    pool(s, [(150, 660), (1050, 660), (1110, 760), (90, 760)])
    for lx in (220, 350):
        lounger(s, lx, 655, '#ffffff')
    umbrella(s, 300, 640, 130, rng.choice(['#f2f0ea', '#e6d3b3']))
    bush(s, 980, 640, 120, '#5f9e57')
    bush(s, 1130, 660, 140, '#4d8a4a')
    s.vignette(.18)


def ext_cabin(s):
    rng = s.rng
    sky(s, 'sunset', 500, sunx=rng.randint(250, 450))
    mountains(s, 520, 250, 360, '#6b5a86', shade=.2)
    mountains(s, 560, 360, 440, '#4e4a6e', shade=.2)
    treeline(s, 590, 70, '#2d3b45')
    ground(s, 585, '#5d6b3f', '#3c4a2a')
    gy = 640
    x, w, h = 420, 380, 200
    s.shadow(610, gy + 4, 260, 14)
    log = rng.choice(['#8b5a3c', '#9a6440', '#7d5236'])
    siding(s, x, gy - h, w, h, log, n=12)
    s.P([(x, gy - h), (x + w / 2, gy - h - 150), (x + w, gy - h)], dk(log, .08))
    chevron_roof(s, x, w, gy - h, 150, '#3a2f2c', t=30, oh=34)
    s.R(x + w - 70, gy - h - 200, 48, 120, '#7b7268')
    s.R(x + w - 76, gy - h - 206, 60, 12, '#5e5750')
    s.P([(x + w / 2, gy - h - 120), (x + w / 2 + 40, gy - h - 45), (x + w / 2 - 40, gy - h - 45)], s.lg(LIT))
    windows(s, [(x + 40, gy - 150, 90, 80, 'lit'), (x + w - 130, gy - 150, 90, 80, 'lit')], '#3a2f2c')
    door(s, x + w / 2 - 36, gy, 72, 130, '#5a3a26')
    s.R(x - 30, gy - 10, w + 60, 12, '#4a3526')
    s.E(610, gy + 60, 260, 40, '#ffcf7a', opacity=.12, filter=s.blur(20))
    pines(s, [(px, gy + 20 + rng.randint(0, 30), ph) for px, ph in
              ((120, 280), (260, 230), (960, 300), (1100, 250), (40, 200), (1180, 210))], '#24382f')
    s.vignette(.3)


def ext_beach(s):
    rng = s.rng
    sky(s, 'day', 430, sunx=rng.randint(200, 400), clouds=4)
    sea(s, 430, '#3fa7c9', '#7fd3df')
    s.D('M-10,560 Q300,520 600,545 T1210,530 V800 H-10Z', '#f3e2bf')
    s.D('M-10,560 Q300,520 600,545 T1210,530', 'none', stroke='#fff', stroke_width=6, opacity=.7)
    ground(s, 600, '#ecd6ab', '#e2c68f')
    gy, x, w, h = 620, 360, 520, 190
    wall = rng.choice(['#a9d4d6', '#f4e6c8', '#c7dbe9'])
    s.shadow(620, gy + 6, 330, 14)
    for px in range(x, x + w + 1, 65):
        s.R(px - 6, gy - 60, 12, 62, '#9a8f82')
    siding(s, x, gy - 60 - h, w, h, wall, n=16)
    hip_roof(s, x, w, gy - 60 - h, 90, '#5a6b7a')
    windows(s, [(x + 50 + i * 170, gy - 60 - h + 40, 80, 90, 'day') for i in range(3)])
    s.R(x - 20, gy - 70, w + 40, 14, '#ffffff')
    for px in range(x - 20, x + w + 21, 30):
        s.R(px, gy - 120, 5, 50, '#ffffff')
    s.R(x - 20, gy - 124, w + 40, 7, '#ffffff')
    s.P([(x + w + 20, gy - 60), (x + w + 140, gy + 10), (x + w + 120, gy + 10), (x + w, gy - 60)], '#c8bba8')
    palm(s, 230, 650, 330, -40, '#3f8f5a')
    palm(s, 1010, 660, 290, 50, '#4a9a5f')
    umbrella(s, 180, 740, 110, '#e86d5a')
    lounger(s, 230, 750, '#ffffff')
    s.vignette(.15)


def ext_chalet(s):
    rng = s.rng
    sky(s, 'dusk', 450, sunx=rng.randint(200, 380))
    mountains(s, 470, 200, 320, '#4b4f7f', snow='#dfe3f2', shade=.25)
    mountains(s, 540, 330, 420, '#353a63', snow='#c9cfe4', shade=.25)
    treeline(s, 560, 60, '#1d2840')
    ground(s, 560, '#c4cde0', '#e9eef7')
    gy, x, w, h = 660, 380, 440, 230
    s.shadow(600, gy + 6, 300, 14)
    wood = rng.choice(['#7a4b30', '#8a5836', '#6c4430'])
    s.R(x, gy - 90, w, 90, '#8b8f99')
    siding(s, x, gy - h, w, h - 90, wood, horizontal=False, n=22)
    s.P([(x, gy - h), (x + w / 2, gy - h - 110), (x + w, gy - h)], dk(wood, .1))
    chevron_roof(s, x, w, gy - h, 110, '#e8edf6', t=20, oh=60)
    chevron_roof(s, x, w, gy - h + 18, 110, '#3b2a22', t=20, oh=52)
    windows(s, [(x + 40 + i * 135, gy - h + 20, 90, 90, 'lit') for i in range(3)], '#3b2a22')
    s.P([(x + w / 2, gy - h - 80), (x + w / 2 + 55, gy - h - 20), (x + w / 2 - 55, gy - h - 20)], s.lg(LIT))
    for px in range(x - 30, x + w + 31, 24):
        s.R(px, gy - 150, 8, 42, '#3b2a22')
    s.R(x - 30, gy - 156, w + 60, 8, '#3b2a22')
    s.R(x - 30, gy - 110, w + 60, 10, '#3b2a22')
    window(s, x + 40, gy - 75, 110, 60, 'lit', '#3b2a22')
    door(s, x + w - 140, gy, 80, 80, '#4a2e1f')
    s.E(600, gy + 50, 300, 40, '#ffcf7a', opacity=.16, filter=s.blur(20))
    pines(s, [(px, gy + rng.randint(10, 40), ph) for px, ph in ((110, 300), (230, 240), (990, 320), (1120, 260))],
          '#22324a')
    s.vignette(.3)


def ext_apartments(s):
    rng = s.rng
    gy = 640
    sky(s, 'golden', gy - 20, sunx=rng.randint(1000, 1100), clouds=2)
    for bx, bw, bh in ((0, 180, 340), (160, 150, 260), (960, 140, 300), (1080, 140, 370)):
        s.R(bx, gy - bh, bw, bh, '#d3bfb2')
    for bx, bw, bh, col in ((190, 360, 470, rng.choice(['#e8d7c3', '#d9c6b2'])),
                           (600, 380, 400, rng.choice(['#c97f5f', '#b36a4f', '#d8a07b']))):
        s.shadow(bx + bw / 2, gy + 4, bw * .6, 12)
        s.R(bx, gy - bh, bw, bh, col)
        s.R(bx - 8, gy - bh - 12, bw + 16, 14, dk(col, .25))
        s.R(bx + bw - 50, gy - bh, 50, bh, '#000', opacity=.08)
        rows = (bh - 120) // 85
        cells = [(bx + 30 + c * (bw - 60) / 3, gy - bh + 40 + r * 85) for r in range(rows) for c in range(3)]
        ww = (bw - 60) / 3 - 30
        windows(s, [(wx, y, ww, 55, 'lit' if rng.random() < .25 else 'day') for wx, y in cells], '#f7f3ee',
                cross=False, fw=3)
        s.D(''.join(rect_d(wx - 8, y + 55, ww + 16, 8) + rect_d(wx - 8, y + 38, ww + 16, 3) for wx, y in cells),
            dk(col, .35))
        s.R(bx, gy - 80, bw, 80, dk(col, .15))
        window(s, bx + 30, gy - 66, bw - 160, 62, 'lit', '#2e2a28', cross=False, fw=3)
        s.R(bx + 20, gy - 84, bw - 140, 14, rng.choice(['#2f6b5a', '#8a3b3b', '#2f4a6b']))
        door(s, bx + bw - 100, gy, 60, 70, '#3a3431')
    s.R(0, gy, W, H - gy, '#9a9590')
    s.R(0, gy, W, 24, '#c8c2ba')
    s.R(0, gy + 90, W, 6, '#f2efe8', opacity=.6)
    roundtrees(s, [(tx, gy + 30, 210) for tx in (110, 580, 1030)], '#5f9a52')
    s.vignette(.2)


def ext_med(s):
    rng = s.rng
    sky(s, 'sunset', 470, sunx=rng.randint(700, 900), clouds=3)
    sea(s, 470, '#4b5f95', '#d98f7d', sunx=800, glint='#ffd8a0')
    s.D('M-20 600Q120 560 260 575T600 590V640H-20Z', '#7d6a5a')
    gy = 640
    whites = ['#fbf6ee', '#f3ebdf', '#ffffff']
    blocks = [(250, 280, 170), (470, 300, 250), (700, 250, 200), (880, 150, 130)]
    for i, (bx, bw, bh) in enumerate(blocks):
        s.shadow(bx + bw / 2, gy + 4, bw * .55, 10)
        s.R(bx, gy - bh, bw, bh, whites[i % 3])
        s.R(bx + bw - 30, gy - bh, 30, bh, '#000', opacity=.06)
        if i == 1:
            hip_roof(s, bx, bw, gy - bh, 60, '#c4623f', oh=18)
        else:
            s.R(bx - 6, gy - bh - 8, bw + 12, 10, '#e9dfd0')
        for k in range(bw // 110):
            wx = bx + 30 + k * 110
            s.D('M%d,%d v-60 a25,25 0 0 1 50,0 v60Z' % (wx, gy - bh + 120), s.lg(LIT if rng.random() < .6 else DIM))
            s.R(wx - 16, gy - bh + 58, 12, 62, '#2f74a8')
            s.R(wx + 54, gy - bh + 58, 12, 62, '#2f74a8')
    s.D('M560,%d v-80 a30,30 0 0 1 60,0 v80Z' % gy, '#2f74a8')
    ground(s, gy, '#d9b48c', '#b98f66')
    s.R(0, gy, W, 14, '#f3ebdf')
    spots = [(466, gy - 160), (700, gy - 190), (880, gy - 120)]
    for cx, cy in spots:
        s.E(cx, cy + 70, 34, 80, '#3f6b3a')
        s.E(cx + 10, cy + 20, 40, 36, '#3f6b3a')
    for col in ('#b83a78', '#d8418a', '#e86aa8'):
        s.D(''.join(circle_d(cx + rng.randint(-26, 32), cy + rng.randint(0, 120), rng.randint(10, 16))
                    for cx, cy in spots for _ in range(3)), col)
    for px in (150, 200, 1060, 1120):
        cypress(s, px, gy + 20, rng.randint(260, 330), '#2f4a33')
    potplant(s, 420, gy + 40, 110, '#c4623f', '#4d7f45', 'round')
    s.vignette(.25)


def ext_farm(s):
    rng = s.rng
    sky(s, 'day', 480, sunx=rng.randint(150, 350), clouds=3)
    hills(s, 460, 50, '#9cc3a4')
    hills(s, 520, 40, '#7db06a')
    ground(s, 590, '#93c46c', '#6da24f')
    gy, x, w, h = 640, 330, 520, 210
    s.shadow(590, gy + 6, 330, 14)
    wall = rng.choice(['#f7f4ee', '#f1e6d2', '#dfe8ef'])
    roof = rng.choice(['#3c4650', '#6a3b33', '#2f3a44'])
    siding(s, x, gy - h, w, h, wall, n=18)
    hip_roof(s, x, w, gy - h, 110, roof, oh=30)
    s.R(x + w - 120, gy - h - 150, 40, 90, '#8c5a48')
    wxs = (x + 40, x + 150, x + w - 230, x + w - 120)
    windows(s, [(wx, gy - h + 30, 70, 70, 'day') for wx in wxs])
    s.D(''.join(rect_d(wx - 24, gy - h + 25, 14, 80) + rect_d(wx + 80, gy - h + 25, 14, 80) for wx in wxs), roof)
    s.R(x + 20, gy - 100, w - 40, 10, '#ffffff')
    s.P([(x + 10, gy - 90), (x + w - 10, gy - 90), (x + w - 30, gy - 110), (x + 30, gy - 110)], dk(roof, .1))
    for px in range(x + 30, x + w - 20, 115):
        s.R(px, gy - 92, 10, 92, '#ffffff')
    windows(s, [(x + 60, gy - 80, 110, 60, 'day'), (x + w - 170, gy - 80, 110, 60, 'day')])
    door(s, x + w / 2 - 35, gy, 70, 100, rng.choice(['#b3473d', '#2f5f7a', '#3b6e4f']))
    for px in range(0, W, 40):
        s.R(px, 690, 8, 50, '#ffffff')
    s.R(0, 700, W, 6, '#ffffff')
    s.R(0, 722, W, 6, '#ffffff')
    roundtrees(s, [(160, 650, 320), (1030, 660, 280)], rng.choice(['#4f8f4a', '#5c9a50']))
    bush(s, 330, 655, 100, '#5a9a4c')
    bush(s, 860, 655, 110, '#5a9a4c')
    s.vignette(.18)


def ext_aframe(s):
    rng = s.rng
    sky(s, 'dusk', 430, sunx=rng.randint(850, 1000))
    mountains(s, 440, 220, 340, '#3c3f70', snow='#b8bedc', shade=.25)
    treeline(s, 470, 60, '#1a2338')
    s.R(0, 470, W, 130, s.lg([(0, '#6f5b8c'), (1, '#2a3058')]))
    for _ in range(10):
        s.R(rng.randint(0, W), rng.randint(480, 590), rng.randint(30, 120), 2, '#fff', opacity=.25)
    ground(s, 590, '#2a3a34', '#1b2622')
    gy, cx = 660, 600
    s.shadow(cx, gy + 4, 240, 14, .35)
    s.E(cx, gy + 40, 300, 40, '#ffcf7a', opacity=.18, filter=s.blur(20))
    s.P([(cx - 230, gy), (cx, gy - 330), (cx + 230, gy)], '#2c211d')
    s.P([(cx - 185, gy), (cx, gy - 280), (cx + 185, gy)], '#6b4a35')
    s.P([(cx - 160, gy), (cx, gy - 245), (cx + 160, gy)], s.lg(LIT))
    for yy in (gy - 170, gy - 90):
        s.R(cx - 160, yy, 320, 6, '#2c211d')
    for xx in (-60, 0, 60):
        s.R(cx + xx - 3, gy - 250, 6, 250, '#2c211d')
    s.P([(cx - 250, gy + 6), (cx + 250, gy + 6), (cx + 250, gy - 6), (cx - 250, gy - 6)], '#4a362a')
    pines(s, [(px, gy + rng.randint(10, 60), ph) for px, ph in
              ((120, 320), (250, 260), (380, 200), (860, 240), (980, 330), (1110, 270))], '#16221d')
    s.vignette(.35)


# ================================================================ interiors
def room(s, wall, floor, fy=560, wood=True):
    s.R(0, 0, W, fy, s.lg([(0, lt(wall, .1)), (1, dk(wall, .05))]))
    s.R(0, fy, W, H - fy, s.lg([(0, dk(floor, .12)), (1, floor)]))
    if wood:
        d = []
        k = 500 / (fy - 300)
        for i in range(-14, 15):
            if abs(i * 90 * k) < 700:
                d.append('M%d %dL%d 800' % (600 + i * 90, fy, 600 + i * 90 * k))
        s.D(' '.join(d), 'none', stroke=dk(floor, .2), stroke_width=2, opacity=.35)
    s.R(0, fy - 14, W, 14, lt(wall, .35))
    s.R(0, fy, W, 4, '#000', opacity=.08)


def view(s, x, y, w, h, kind, frame='#ffffff', mull=2, night=False):
    s.R(x - 14, y - 14, w + 28, h + 28, frame)
    s.open('svg', x=x, y=y, width=w, height=h, viewBox='0 0 1200 800', preserveAspectRatio='xMidYMid slice')
    rng = s.rng
    if kind == 'sea':
        sky(s, 'day', 420, sunx=800, clouds=1)
        sea(s, 420, '#3a9bc4', '#7fcfe0')
        hills(s, 470, 30, '#9bbfa0', n=2)
    elif kind == 'sunset':
        sky(s, 'sunset', 430, sunx=600, clouds=2)
        sea(s, 430, '#5a5f95', '#e09a80', sunx=600, glint='#ffd8a0')
    elif kind == 'mountains':
        sky(s, 'day', 420, sunx=300, clouds=1)
        mountains(s, 520, 180, 320, '#7f92b0', snow='#f4f6fa')
        hills(s, 505, 25, '#4f7d58', n=2)
    elif kind == 'city':
        sky(s, 'night', 740, sunx=900)
        hs = [rng.randint(150, 420) for _ in range(16)]
        for par, col in ((0, '#232a4d'), (1, '#1c2240')):
            s.D(''.join(rect_d(i * 80 - 20, 800 - bh, 90, bh) for i, bh in enumerate(hs) if i % 2 == par), col)
        s.D(''.join(rect_d(i * 80 - 20 + rng.randint(8, 62), 800 - bh + rng.randint(20, bh - 40), 14, 20)
                    for i, bh in enumerate(hs) for _ in range(2)), '#ffd27a', opacity=.8)
    else:  # forest / garden
        sky(s, 'golden', 450, sunx=900, clouds=1)
        hills(s, 450, 40, '#9ebf8a')
        c = rng.choice(['#4f8a48', '#5e9a52', '#6aa35a'])
        canopy(s, 520, dk(c, .2), 60, 100)
        canopy(s, 640, c, 70, 120)
    s.close('svg')
    s.R(x, y, w, h, '#fff', opacity=.06)
    for i in range(1, mull):
        s.R(x + w * i / mull - 5, y, 10, h, frame)
    s.R(x - 24, y + h + 14, w + 48, 12, lt(frame, .1))
    s.R(x - 24, y + h + 26, w + 48, 6, '#000', opacity=.08)


def curtain(s, x, y, w, h, c):
    g = s.lg([(0, c), (.5, dk(c, .14)), (1, c)], x2=.25, y2=0, spread='repeat')
    s.P([(x, y), (x + w, y), (x + w * 1.08, y + h), (x - w * .08, y + h)], g)


def light_patch(s, x0, x1, fy, op=.12):
    s.P([(x0, fy + 8), (x1, fy + 8), (x1 + 160, H), (x0 + 60, H)], '#fff8e6', opacity=op)


def art(s, x, y, w, h, frame, pal, kind):
    s.R(x + 8, y + 10, w, h, '#000', opacity=.18, filter=s.blur(6))
    s.R(x, y, w, h, frame)
    m = 10 if frame != '#ffffff' else 6
    s.R(x + m, y + m, w - 2 * m, h - 2 * m, '#f8f5ef')
    ix, iy, iw, ih = x + m + 14, y + m + 14, w - 2 * m - 28, h - 2 * m - 28
    s.R(ix, iy, iw, ih, pal[0])
    if kind == 0:
        s.C(ix + iw * .65, iy + ih * .35, min(iw, ih) * .22, pal[1])
        s.D('M%d,%d Q%d,%d %d,%d V%d H%dZ' % (ix, iy + ih * .75, ix + iw * .4, iy + ih * .45, ix + iw, iy + ih * .7,
                                            iy + ih, ix), pal[2])
    elif kind == 1:
        s.R(ix + iw * .15, iy + ih * .2, iw * .4, ih * .6, pal[1])
        s.C(ix + iw * .62, iy + ih * .58, min(iw, ih) * .25, pal[2], opacity=.85)
    else:
        cx, base = ix + iw / 2, iy + ih * .85
        for k in range(3):
            r = round(min(iw * .36, ih * .62) * (1 - k * .28))
            s.D('M%d %dA%d %d 0 0 1 %d %d' % (cx - r, base, r, r, cx + r, base), 'none', stroke=pal[1 + k % 2],
                stroke_width=max(6, round(iw / 25)))


def sofa(s, x, fy, w, c, pillows):
    s.shadow(x + w / 2, fy, w / 2 + 30, 16, .3, 10)
    legs = dk(c, .55)
    s.R(x + 30, fy - 18, 10, 18, legs)
    s.R(x + w - 40, fy - 18, 10, 18, legs)
    top = fy - 18
    s.R(x + 24, top - 200, w - 48, 140, dk(c, .1), rx=22)
    s.R(x + 10, top - 80, w - 20, 80, dk(c, .12), rx=12)
    aw = 52
    n = 3 if w > 460 else 2
    cw = (w - 2 * aw) / n
    for i in range(n):
        s.R(x + aw + i * cw + 3, top - 195, cw - 6, 112, c, rx=18)
    s.R(x, top - 130, aw, 130, c, rx=20)
    s.R(x + w - aw, top - 130, aw, 130, c, rx=20)
    for i in range(n):
        s.R(x + aw + i * cw + 3, top - 96, cw - 6, 34, lt(c, .08), rx=12)
    s.R(x, top - 130, aw, 22, lt(c, .08), rx=11)
    s.R(x + w - aw, top - 130, aw, 22, lt(c, .08), rx=11)
    for i, pc in enumerate(pillows):
        px = x + aw + 20 + i * 80 if i < 2 else x + w - aw - 110
        ang = -10 if i % 2 == 0 else 8
        s.R(px, top - 165, 86, 74, pc, rx=16, transform='rotate(%d %d %d)' % (ang, px + 43, top - 128))


def coffee_table(s, cx, fy, w, c, rng, accent):
    s.shadow(cx, fy, w / 2 + 10, 12, .25, 8)
    s.R(cx - w / 2 + 20, fy - 56, 8, 56, dk(c, .3))
    s.R(cx + w / 2 - 28, fy - 56, 8, 56, dk(c, .3))
    s.E(cx, fy - 56, w / 2, 20, dk(c, .2))
    s.E(cx, fy - 62, w / 2, 20, c)
    s.R(cx - 90, fy - 80, 70, 10, accent, rx=2)
    s.R(cx - 84, fy - 90, 60, 10, '#efe8dc', rx=2)
    s.P([(cx + 30, fy - 68), (cx + 70, fy - 68), (cx + 64, fy - 108), (cx + 36, fy - 108)], '#e9e4da')
    for a in (-110, -90, -70):
        leaf(s, cx + 50, fy - 106, a + rng.randint(-8, 8), 50, 8, '#5e8f55')


def rug(s, cx, y0, y1, w0, w1, c, border):
    s.P([(cx - w0 / 2, y0), (cx + w0 / 2, y0), (cx + w1 / 2, y1), (cx - w1 / 2, y1)], c)
    k = .88
    s.P([(cx - w0 / 2 * k, y0 + 8), (cx + w0 / 2 * k, y0 + 8), (cx + w1 / 2 * k, y1 - 14), (cx - w1 / 2 * k, y1 - 14)],
        'none', stroke=border, stroke_width=5)


def floor_lamp(s, x, fy, h, shade, on=True):
    top = fy - h
    if on:
        s.C(x, top + 30, 170, s.rg([(0, '#fff1c8', .55), (1, '#fff1c8', 0)]))
    s.shadow(x, fy, 40, 7, .25, 4)
    s.R(x - 3, top + 40, 6, h - 40, '#3a3633')
    s.E(x, fy - 4, 30, 7, '#3a3633')
    s.P([(x - 48, top + 70), (x + 48, top + 70), (x + 32, top), (x - 32, top)], shade)
    s.P([(x - 48, top + 70), (x + 48, top + 70), (x + 44, top + 60), (x - 44, top + 60)], '#000', opacity=.08)


def table_lamp(s, x, y, shade, base):
    s.C(x, y - 70, 110, s.rg([(0, '#fff1c8', .5), (1, '#fff1c8', 0)]))
    s.E(x, y - 30, 22, 30, base)
    s.R(x - 3, y - 70, 6, 20, base)
    s.P([(x - 38, y - 58), (x + 38, y - 58), (x + 26, y - 110), (x - 26, y - 110)], shade)


LIVING_PALS = [
    # wall, floor, sofa, pillows, rug, accent, art
    ('#ece6dc', '#c49a6c', '#8fa89a', ['#e8b86a', '#f4efe6', '#c96f4a'], '#d9cbb4', '#c96f4a', ['#e9dcc6', '#d98b5f', '#5f7f73']),
    ('#dfe7ea', '#b8bcc0', '#3d5a73', ['#f2c572', '#e9e3d8', '#d78a6a'], '#efe9e0', '#d78a6a', ['#1f3a52', '#f2c572', '#e9e3d8']),
    ('#f2ece4', '#a9774f', '#d6b79a', ['#7c8f6b', '#f5f0e8', '#b5563f'], '#8f9e86', '#b5563f', ['#f2e4d0', '#b5563f', '#7c8f6b']),
    ('#e4dde8', '#cfb899', '#6e5a7e', ['#f0c9a8', '#dfe4ea', '#e39b7b'], '#f1ebe3', '#e39b7b', ['#2f2a3a', '#e39b7b', '#f0c9a8']),
    ('#e9efe6', '#c8a57c', '#c96f4a', ['#f4ece0', '#2f5f57', '#e8c07a'], '#2f5f57', '#2f5f57', ['#f4ece0', '#2f5f57', '#c96f4a']),
    ('#3a4250', '#7a5a43', '#d8cbb8', ['#c9a35d', '#8a4b3a', '#f1ebe1'], '#a8845e', '#c9a35d', ['#1c2230', '#c9a35d', '#8a4b3a']),
]
VIEWS = ['sea', 'mountains', 'forest', 'city', 'sunset', 'sea']


def living(s, i):
    rng = s.rng
    wall, floor, sc, pillows, rugc, accent, artp = LIVING_PALS[i]
    kind = VIEWS[i]
    fy = 560
    mirror = i % 2 == 1
    if mirror:
        s.open('g', transform='matrix(-1 0 0 1 1200 0)')
    room(s, wall, floor, fy, wood=i not in (1, 3))
    frame = '#2b2b2b' if i in (1, 4, 5) else '#ffffff'
    view(s, 70, 90, 400, 400, kind, frame, mull=2)
    curtain(s, 30, 40, 60, 520, lt(wall, .4) if i != 5 else '#c9b89c')
    curtain(s, 450, 40, 60, 520, lt(wall, .4) if i != 5 else '#c9b89c')
    s.R(10, 30, 520, 10, '#6a625a')
    light_patch(s, 80, 470, fy, .14 if kind != 'city' else .05)
    art(s, 660, 150, 280, 200, rng.choice(['#2b2b2b', '#b08a5a', '#ffffff']), artp, i % 3)
    if i % 3 == 2:
        art(s, 990, 180, 130, 170, '#2b2b2b', artp[::-1], 1)
    rug(s, 720, 640, 790, 700, 900, rugc, lt(rugc, .35) if i != 4 else '#e8c07a')
    sofa(s, 540, 660, 500, sc, pillows[:2 + (i % 2)])
    floor_lamp(s, 1110, 670, 380, lt(accent, .5), on=kind in ('city', 'sunset') or i % 2 == 0)
    potplant(s, 500, 620, 230, rng.choice(['#f1ede6', '#c9774f', '#3a3a3a']), '#4f8a4a',
             ['round', 'snake', 'palm'][i % 3])
    coffee_table(s, 760, 760, 300, rng.choice(['#c49a6c', '#f1ede6', '#5b4a3c']), rng, accent)
    if mirror:
        s.close()
    s.vignette(.25 if kind != 'city' else .35)


BED_PALS = [
    # wall, floor, headboard, duvet, throw, accent
    ('#e9e3da', '#c4a07a', '#b49a7e', '#f7f4ee', '#7f9c8c', '#c9774f'),
    ('#d9e3e8', '#bfc3c4', '#3e5870', '#f4f6f8', '#e1b46a', '#3e5870'),
    ('#efe3d6', '#a97a54', '#e3cdb4', '#fbf8f3', '#c65f48', '#6b8a6a'),
    ('#e5e9df', '#d0b48e', '#7d8f6a', '#f6f3ec', '#e8d5b5', '#b85f48'),
    ('#33394a', '#6c523f', '#b8a48c', '#ece6dc', '#a9453a', '#d8b36a'),
    ('#f3ebe6', '#cbb7a3', '#d9a38f', '#ffffff', '#8ba3b8', '#d9a38f'),
]


def bedroom(s, i):
    rng = s.rng
    wall, floor, head, duvet, throw, accent = BED_PALS[i]
    fy = 540
    room(s, wall, floor, fy, wood=i != 1)
    cx = 600 + (130 if i % 2 == 0 else -130) * (1 if i < 3 else 0)
    if i < 3:
        wx = 80 if cx > 600 else 830
        view(s, wx, 100, 290, 330, ['sea', 'forest', 'mountains'][i], '#ffffff', mull=2)
        curtain(s, wx - 50, 40, 50, 500, lt(accent, .6))
        curtain(s, wx + 290, 40, 50, 500, lt(accent, .6))
        s.R(wx - 70, 30, 430, 10, '#5a524a')
        light_patch(s, wx, wx + 290, fy, .12)
        art(s, cx - 110, 140, 220, 150, '#2b2b2b' if i != 1 else '#ffffff', [lt(accent, .5), accent, head], i % 3)
    else:
        art(s, cx - 340, 150, 180, 140, '#2b2b2b', [lt(accent, .6), accent, head], 0)
        art(s, cx - 130, 130, 260, 180, '#b08a5a', [lt(head, .5), head, accent], 2)
        art(s, cx + 160, 150, 180, 140, '#2b2b2b', [lt(throw, .6), throw, accent], 1)
    rug(s, cx, 610, 800, 760, 980, lt(accent, .55) if i != 4 else '#8a6e58', lt(accent, .25))
    # nightstands and lamps
    for sx in (-1, 1):
        nx = cx + sx * 370
        s.shadow(nx, fy + 50, 80, 10, .25, 6)
        s.R(nx - 65, fy - 70, 130, 120, dk(floor, .05) if i != 3 else '#f1ede6', rx=4)
        s.R(nx - 65, fy - 70, 130, 8, '#000', opacity=.1)
        s.R(nx - 55, fy - 20, 110, 4, '#000', opacity=.15)
        s.C(nx, fy + 10, 4, '#d9b36a')
        table_lamp(s, nx, fy - 70, lt(accent, .7), dk(accent, .2))
    # bed
    s.shadow(cx, 745, 330, 22, .3, 12)
    s.R(cx - 260, 290, 520, 260, head, rx=24)
    for k in range(1, 6):
        s.R(cx - 260 + k * 520 / 6 - 1.5, 310, 3, 230, '#000', opacity=.08)
    s.R(cx - 300, 650, 600, 90, dk(head, .1), rx=8)
    s.R(cx - 290, 738, 16, 12, '#3a3430')
    s.R(cx + 274, 738, 16, 12, '#3a3430')
    s.P([(cx - 235, 500), (cx + 235, 500), (cx + 300, 650), (cx - 300, 650)], '#f8f6f2')
    s.R(cx - 300, 650, 600, 40, '#eeebe5')
    for sx in (-1, 1):
        px = cx + sx * 112
        s.R(px - 96, 438, 192, 82, '#ffffff', rx=26)
        s.R(px - 96, 500, 192, 20, '#000', opacity=.05, rx=10)
    for sx in (-1, 1):
        s.R(cx + sx * 70 - 60, 470, 120, 70, accent if i % 2 else throw, rx=16,
            transform='rotate(%d %d 505)' % (sx * 6, cx + sx * 70))
    s.P([(cx - 258, 555), (cx + 258, 555), (cx + 304, 652), (cx - 304, 652)], duvet)
    s.P([(cx - 258, 555), (cx + 258, 555), (cx + 262, 570), (cx - 262, 570)], lt(duvet, .5))
    s.P([(cx - 258, 570), (cx + 258, 570), (cx + 262, 578), (cx - 262, 578)], '#000', opacity=.05)
    s.R(cx - 304, 650, 608, 66, dk(duvet, .05), rx=6)
    s.P([(cx - 283, 610), (cx + 283, 610), (cx + 304, 652), (cx - 304, 652)], throw)
    s.R(cx - 304, 650, 608, 76, dk(throw, .08), rx=6)
    s.R(cx - 304, 650, 608, 6, '#000', opacity=.08)
    if i >= 3:
        potplant(s, 1110, 640, 240, '#efe9df', '#4f8a4a', ['snake', 'palm', 'round'][i % 3])
    s.vignette(.3 if i == 4 else .22)


KITCHEN_PALS = [
    # wall, floor, cabinets, counter, island, backsplash, stool
    ('#f1ede6', '#c9a57e', '#6f8f84', '#f4f2ee', '#6f8f84', '#e6e8e4', '#b58659'),
    ('#eceff1', '#9a9ea3', '#24303d', '#d9d6d0', '#2f3c4a', '#f2f2ef', '#c9a35d'),
    ('#f5efe6', '#b98b5f', '#f4f1ea', '#2f2f33', '#c7a27a', '#dfe9ec', '#2f2f33'),
    ('#e8e2da', '#cfc2b0', '#b8785a', '#f0ece4', '#efe9df', '#e9d9c4', '#4a4540'),
]


def kitchen(s, i):
    rng = s.rng
    wall, floor, cab, counter, island, splash, stool = KITCHEN_PALS[i]
    room(s, wall, floor, 620, wood=i in (0, 2))
    s.R(0, 300, W, 150, s.lg([(0, splash), (.9, splash), (.9, dk(splash, .08)), (1, dk(splash, .08))],
                             x2=0, y2=1 / 5, spread='repeat'))
    s.R(0, 300, W, 150, s.lg([(0, '#fff', 0), (.92, '#fff', 0), (.92, dk(splash, .08)), (1, dk(splash, .08))],
                             x2=1 / 30, y2=0, spread='repeat'))
    wx, ww = 470, 260
    view(s, wx, 110, ww, 230, ['forest', 'sea', 'mountains', 'forest'][i], '#ffffff' if i != 1 else '#2b2b2b', mull=2)
    light_patch(s, wx, wx + ww, 620, .1)
    runs = ((0, wx - 40), (wx + ww + 40, W))
    s.D(''.join(rect_d(x0, 90, x1 - x0, 200) for x0, x1 in runs), cab)
    s.D(''.join(rect_d(x0, 282, x1 - x0, 8) for x0, x1 in runs), dk(cab, .25))
    doors, handles = [], []
    for x0, x1 in runs:
        n = max(1, round((x1 - x0) / 130))
        dw = (x1 - x0) / n
        for k in range(n):
            doors.append(rect_d(x0 + k * dw + 8, 100, dw - 16, 176))
            handles.append(rect_d(x0 + k * dw + (dw - 30 if k % 2 == 0 else 22), 230, 6, 36))
    s.D(''.join(doors), lt(cab, .05))
    s.D(''.join(handles), '#c9b48a')
    s.R(0, 80, W, 10, dk(wall, .1))
    # range hood / oven on right
    hx = 930
    s.P([(hx, 200), (hx + 160, 200), (hx + 180, 290), (hx - 20, 290)], '#c9ccd0')
    s.R(hx + 50, 0, 60, 200, '#b9bcc1')
    # lower run
    s.R(0, 440, W, 170, dk(cab, .05))
    s.R(0, 430, W, 16, counter)
    s.R(0, 446, W, 6, '#000', opacity=.12)
    n = 7
    s.D(''.join(rect_d(k * W / n + 6, 458, W / n - 12, 140) for k in range(n)), cab)
    s.D(''.join(rect_d(k * W / n + W / n / 2 - 20, 470, 40, 5) for k in range(n)), '#c9b48a')
    s.R(hx - 10, 458, 180, 140, '#3a3d42', rx=4)
    s.R(hx + 6, 480, 148, 90, '#1c1e22', rx=4)
    s.R(hx - 10, 426, 180, 6, '#2a2b2e')
    s.R(0, 598, W, 22, dk(cab, .35))
    # sink + faucet
    s.R(wx + 60, 430, ww - 120, 8, dk(counter, .25))
    s.D('M%d,430 V390 Q%d,372 %d,390 V402' % (wx + ww / 2 - 10, wx + ww / 2 + 10, wx + ww / 2 + 30), 'none',
        stroke='#8a8d92', stroke_width=6)
    # counter items
    potplant(s, 140, 430, 110, '#f1ede6', '#4f8a4a', ['snake', 'round'][i % 2])
    for k, jc in enumerate(('#e9e2d4', '#d9c7a8', '#c9b48a')):
        s.R(240 + k * 40, 392 - k * 6, 30, 38 + k * 6, jc)
    s.R(800, 370, 70, 60, '#b58659', rx=30)
    # island
    s.shadow(600, 785, 460, 20, .3, 12)
    s.R(150, 600, 900, 190, island)
    s.R(130, 584, 940, 22, counter)
    s.R(150, 606, 900, 8, '#000', opacity=.15)
    for k in range(4):
        s.R(170 + k * 220, 630, 200, 145, lt(island, .05), rx=3)
    s.E(460, 574, 70, 14, '#efe9df')
    for fx, fc in ((435, '#e0a23a'), (465, '#c9423a'), (490, '#7fa64a'), (452, '#e6c84a')):
        s.C(fx, 566, 15, fc)
    s.R(760, 572, 130, 14, '#c49a6c', rx=3)
    # stools
    xs = [310 + k * 290 for k in range(3)]
    for sx in xs:
        s.shadow(sx, 795, 70, 8, .3, 5)
    s.D(''.join('M%d 800L%d 690M%d 800L%d 690' % (sx - 45, sx - 25, sx + 45, sx + 25) for sx in xs), 'none',
        stroke=dk(stool, .3), stroke_width=8)
    for sx in xs:
        s.R(sx - 40, 750, 80, 6, dk(stool, .3))
    for sx in xs:
        s.R(sx - 60, 674, 120, 22, stool, rx=10)
    # pendants
    ps = [360 + k * 240 for k in range(3)]
    s.D(''.join(rect_d(px - 1, 0, 2, 230) for px in ps), '#333')
    for px in ps:
        s.C(px, 250, 160, s.rg([(0, '#fff2cc', .45), (1, '#fff2cc', 0)]))
    for px in ps:
        if i % 2 == 0:
            s.D('M%d 270a50 50 0 0 1 100 0Z' % (px - 50), '#2b2b2b' if i == 0 else '#d9c3a0')
        else:
            s.P([(px - 30, 230), (px + 30, 230), (px + 45, 275), (px - 45, 275)], '#c9a35d' if i == 1 else '#2b2b2b')
    for px in ps:
        s.E(px, 274, 26, 6, '#fff6d8')
    s.vignette(.22)


# =================================================================== views
def view_terrace(s):
    rng = s.rng
    sky(s, 'sunset', 430, sunx=rng.randint(500, 760), clouds=3)
    sea(s, 430, '#4d5b92', '#e1a084', sunx=630, glint='#ffd8a0')
    hills(s, 445, 20, '#6b5a7a', n=2)
    s.R(0, 600, W, 200, s.lg([(0, '#c9a98a'), (1, '#e3c4a0')]))
    d = ' '.join('M%d,600 L%d,800' % (600 + k * 80, 600 + k * 200) for k in range(-8, 9))
    s.D(d, 'none', stroke='#a88b70', stroke_width=2, opacity=.5)
    s.R(0, 470, W, 130, '#cfe6ee', opacity=.08)
    s.R(0, 464, W, 10, '#f4efe6')
    for px in range(0, W + 1, 300):
        s.R(px - 5, 470, 10, 130, '#f4efe6')
    s.R(0, 596, W, 6, '#000', opacity=.15)
    lounger(s, 200, 700, '#f7f4ee')
    lounger(s, 420, 720, '#f7f4ee')
    umbrella(s, 330, 690, 240, '#efe6d4')
    s.shadow(860, 705, 60, 9, .25, 5)
    s.E(860, 640, 55, 12, '#f4efe6')
    s.R(856, 645, 8, 60, '#d8d0c2')
    s.R(840, 612, 12, 26, '#ffb36b', opacity=.9, rx=2)
    s.R(866, 614, 12, 24, '#f2d36b', opacity=.9, rx=2)
    potplant(s, 1080, 720, 260, '#c9774f', '#4d7f45', 'palm')
    s.D('M-20,0 Q150,60 120,140 Q60,160 -20,120Z', '#3f7a3f')
    for _ in range(14):
        s.C(rng.randint(0, 150), rng.randint(0, 130), rng.randint(6, 12), rng.choice(['#d8418a', '#e35da0']))
    s.vignette(.28)


def view_lake(s):
    rng = s.rng
    sky(s, 'day', 470, sunx=rng.randint(250, 450), clouds=3)
    s.open('g')
    mountains(s, 480, 170, 300, '#7f8fb4', snow='#f4f6fb')
    s.close()
    treeline(s, 490, 60, '#3b6650', step=22)
    # reflection: re-draw mirrored, faded
    s.R(0, 480, W, 320, s.lg([(0, '#6f8fb4'), (1, '#2f5a78')]))
    s.rng = random.Random(zlib.crc32(b'lake-reflection'))
    s.open('g', transform='matrix(1 0 0 -.6 0 768)', opacity=.35)
    mountains(s, 480, 170, 300, '#7f8fb4', snow='#f4f6fb')
    s.close()
    s.rng = rng
    s.R(0, 480, W, 16, '#2f4f40', opacity=.6)
    for _ in range(14):
        s.R(rng.randint(0, W), rng.randint(500, 780), rng.randint(40, 160), 2, '#fff', opacity=.3)
    # dock
    s.P([(520, 560), (680, 560), (860, 800), (340, 800)], '#9a7352')
    d = ' '.join('M%d,%d L%d,%d' % (520 - (y - 560) * .75, y, 680 + (y - 560) * .75, y)
                 for y in (580, 602, 628, 658, 692, 730, 772))
    s.D(d, 'none', stroke='#6f5038', stroke_width=3)
    s.R(510, 548, 8, 30, '#5e4430')
    s.R(682, 548, 8, 30, '#5e4430')
    pines(s, [(px, 800, ph) for px, ph in ((60, 360), (170, 290), (1040, 330), (1150, 380))], '#2c5240')
    s.vignette(.22)


def view_city(s):
    rng = s.rng
    sky(s, 'night', 560, sunx=rng.randint(850, 1050))
    x = -10
    while x < W:
        bw, bh = rng.randint(60, 110), rng.randint(120, 260)
        s.R(x, 560 - bh, bw, bh + 10, '#27305a')
        x += bw - 6
    x = -20
    blds = []
    while x < W:
        bw, bh = rng.randint(80, 150), rng.randint(160, 400)
        blds.append((x, bw, bh))
        x += bw + rng.randint(0, 20)
    cols = ['#161c3a', '#1b2246', '#20284f']
    lights = ['#ffd27a', '#ffe9b0', '#9fd0ff']
    body, masts, wins = [[], [], []], [], [[], [], []]
    for n, (bx, bw, bh) in enumerate(blds):
        top = 560 - bh
        body[n % 3].append(rect_d(bx, top, bw, bh + 10))
        if rng.random() < .3:
            body[n % 3].append(rect_d(bx + bw / 2 - 2, top - 40, 4, 40))
            masts.append(circle_d(bx + bw / 2, top - 40, 3))
        for _ in range(bh // 40):
            wy = top + 16 + rng.randint(0, bh // 22 - 1) * 22
            wins[rng.randrange(3)].append(rect_d(bx + 8 + rng.randint(0, (bw - 26) // 14) * 14, wy, 8, 12))
    for k in range(3):
        s.D(''.join(body[k]), cols[k])
    s.D(''.join(masts), '#ff6b6b')
    for k in range(3):
        s.D(''.join(wins[k]), lights[k], opacity=.9)
    s.R(0, 560, W, 240, s.lg([(0, '#1c2348'), (1, '#0a0e22')]))
    for k in range(3):
        s.D(''.join(rect_d(rng.randint(0, W), rng.randint(570, 700), rng.randint(10, 60), 2) for _ in range(13)),
            lights[k], opacity=.45)
    # balcony foreground
    s.R(0, 700, W, 100, '#2a2530')
    s.R(0, 640, W, 60, '#cfe6ee', opacity=.08)
    s.R(0, 632, W, 10, '#3a3440')
    for px in range(0, W + 1, 240):
        s.R(px - 4, 640, 8, 60, '#3a3440')
    potplant(s, 140, 760, 220, '#3a3440', '#2f4a3a', 'snake')
    s.R(900, 690, 160, 12, '#4a4250', rx=4)
    s.C(940, 683, 7, '#ffe9b0')
    s.C(940, 683, 40, s.rg([(0, '#ffd27a', .6), (1, '#ffd27a', 0)]))
    s.vignette(.35)


def view_garden(s):
    rng = s.rng
    sky(s, 'day', 420, sunx=rng.randint(700, 950), clouds=2)
    roundtrees(s, [(60 + i * 160 + rng.randint(-20, 20), 470, rng.randint(220, 300)) for i in range(8)],
               rng.choice(['#4f8a48', '#5e9a52', '#3f7a45']))
    s.R(0, 440, W, 50, '#3f7a45')
    ground(s, 470, '#8cc46a', '#5f9e47')
    # house corner
    s.R(0, 180, 260, 330, '#f3f0ea')
    s.R(0, 170, 290, 16, '#2a2f36')
    window(s, 30, 260, 200, 230, 'day', '#2a2f36', cross=False, fw=6)
    s.R(128, 260, 5, 230, '#2a2f36')
    s.P([(0, 510), (380, 510), (440, 560), (0, 560)], '#e6e0d6')
    pool(s, [(380, 540), (980, 540), (1100, 700), (300, 700)])
    for lx in (560, 720, 880):
        lounger(s, lx, 760, '#ffffff')
    umbrella(s, 1080, 770, 220, '#f2f0ea')
    potplant(s, 360, 520, 120, '#efe9df', '#4d7f45', 'round')
    bush(s, 1150, 560, 160, '#4d8a4a')
    s.vignette(.2)


# ==================================================================== main
EXT = [ext_villa, ext_cabin, ext_beach, ext_chalet, ext_apartments, ext_med, ext_farm, ext_aframe]
VIEWS_OUT = [view_terrace, view_lake, view_city, view_garden]


def build():
    out = {}
    for i, f in enumerate(EXT):
        out['exterior-%02d.svg' % (i + 1)] = f
    for i in range(6):
        out['living-%02d.svg' % (i + 1)] = (lambda s, i=i: living(s, i))
    for i in range(6):
        out['bedroom-%02d.svg' % (i + 1)] = (lambda s, i=i: bedroom(s, i))
    for i in range(4):
        out['kitchen-%02d.svg' % (i + 1)] = (lambda s, i=i: kitchen(s, i))
    for i, f in enumerate(VIEWS_OUT):
        out['view-%02d.svg' % (i + 1)] = f
    return out


README = """# Listing placeholder photos

These SVG illustrations are generated by `scripts/gen_photos.py` (Python 3, standard library only).
They are placeholders that stand in for host-uploaded photos in development, demos and tests.
Output is deterministic (fixed seed per file). Do not edit the SVGs by hand; change the script and
regenerate with `python3 scripts/gen_photos.py` from the repository root.
"""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'public', 'photos')
    os.makedirs(outdir, exist_ok=True)
    for name, fn in build().items():
        s = Svg(zlib.crc32(name.encode()))
        fn(s)
        with open(os.path.join(outdir, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(s.render())
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(README)


if __name__ == '__main__':
    main()
