"""Forward propagation (a and z) and the backward pass (the errors d) for one example, and predict."""

import numpy as np

from . import checks
from .activation import sigmoid, sigmoid_of_negated, softmax


def forward(Theta, x, loss="cross_entropy"):
    r"""Forward propagation of one example: every layer's z and a.

    .. math:: a^{(1)} = \begin{bmatrix}1\\ x\end{bmatrix},\quad
              z^{(l+1)} = \Theta^{(l)} a^{(l)},\quad
              a^{(l+1)} = \begin{bmatrix}1\\ g(z^{(l+1)})\end{bmatrix}\ (l + 1 < L),\quad
              a^{(L)} = g(z^{(L)})

    With ``loss="softmax_cross_entropy"`` the output layer is
    :math:`a^{(L)} = \operatorname{softmax}(z^{(L)})` instead (see :func:`softmax`); hidden
    layers keep g. ``x`` has shape ``(s_1,)``. Returns ``(a, z)``: dicts keyed by layer number,
    ``a[1..L]`` and ``z[2..L]``. ``a[l]`` for ``l < L`` starts with the bias unit 1.0; ``a[L]``
    has no bias unit.

    >>> Theta = {1: np.array([[0.0, 1.0, -1.0]]) }
    >>> a, z = forward(Theta, [2.0, 2.0])
    >>> print(a[1], z[2], a[2])
    [1. 2. 2.] [0.] [0.5]
    """
    Theta = checks.network(Theta)
    return _forward(Theta, checks.example(Theta, x), checks.loss_name(loss))


def _forward(Theta, x, loss):
    """forward() on already checked input: gradients() runs it once per example."""
    L = len(Theta) + 1
    a = {1: np.concatenate(([1.0], x))}
    z = {}
    for l in range(1, L):
        z[l + 1] = Theta[l] @ a[l]
        if l + 1 < L:
            a[l + 1] = np.concatenate(([1.0], sigmoid(z[l + 1])))
        elif loss == "softmax_cross_entropy":
            a[L] = softmax(z[L])
        else:
            a[L] = sigmoid(z[L])
    return a, z


def backward(Theta, a, z, y, loss="cross_entropy"):
    r"""The error term d(l) = δ⁽ˡ⁾ of every layer from 2 to L, for one example.

    .. math:: \delta^{(L)} = a^{(L)} - y \quad\text{(cross-entropy, and softmax with its cross-entropy)},\qquad
              \delta^{(L)} = (a^{(L)} - y) \odot g'(z^{(L)}) \quad\text{(squared error)}

    .. math:: \delta^{(l)} = \bigl[(\Theta^{(l)})^\top \delta^{(l+1)}\bigr]_{1:} \odot g'(z^{(l)}),
              \qquad l = L-1, \dots, 2

    The factor is g'(z), not g(z), and entry 0 of Θᵀδ (the bias unit's) is dropped; the input
    layer has no error term. g'(z⁽ˡ⁾) is computed as a⁽ˡ⁾(1 − a⁽ˡ⁾) from the activations of the
    forward pass (bias unit left out), so ``z`` is only checked, not used again.
    ``a`` and ``z`` are what :func:`forward` returned, ``y`` has shape
    ``(s_L,)``. Returns ``d``, a dict keyed 2..L, ``d[l]`` of shape ``(s_l,)``.
    For ``loss="softmax_cross_entropy"`` the output error is softmax(z⁽ᴸ⁾) − y, taken from ``z`` (so it
    is right whichever loss ``forward`` was called with), and ``y`` must be a distribution.

    >>> Theta = {1: np.array([[0.0, 1.0]]), 2: np.array([[0.0, 2.0]])}
    >>> a, z = forward(Theta, [0.0])
    >>> d = backward(Theta, a, z, [1.0])
    >>> print(sorted(d), d[3].round(4), d[2].round(4))
    [2, 3] [-0.2689] [-0.1345]
    """
    Theta = checks.network(Theta)
    checks.propagated(Theta, a, z)
    y = checks.example(Theta, a[1][1:], y)[1]
    loss = checks.loss_name(loss)
    y = checks.targets(y, loss, "y")
    if loss == "softmax_cross_entropy":
        checks.softmax_targets(Theta, y, "y")
    return _backward(Theta, a, z, y, loss)


def _backward(Theta, a, z, y, loss):
    """backward() on already checked input: gradients() runs it once per example."""
    L = len(Theta) + 1
    if loss == "softmax_cross_entropy":
        d = {L: softmax(z[L]) - y}
    else:
        d = {L: a[L] - y}
    if loss == "squared_error":
        d[L] = d[L] * a[L] * (1.0 - a[L])
    for l in range(L - 1, 1, -1):
        # g'(z) = g(z)(1 - g(z)), and g(z(l)) is a(l) without its bias unit: the forward pass's
        # activations are reused, no exponential is computed again.
        g = a[l][1:]
        d[l] = (Theta[l].T @ d[l + 1])[1:] * g * (1.0 - g)
    return d


def layers(Theta, X):
    """Forward propagation of a whole (already checked) batch: A[1] = X, ..., A[L], and Z[L].

    No bias columns: the bias is added as Theta[l][:, 0] instead of multiplying a column of ones,
    so no (m, s_l + 1) copy is made. One pass makes -z = -b - A W^T out of the product, and g is
    then applied in place (see sigmoid_of_negated). Only z(L) is kept, for the cost; the backward
    pass gets g'(z) = a (1 - a) from A. Returns ``(A, zL)``.
    """
    A, L = {1: X}, len(Theta) + 1
    for l in range(1, L):
        minus_z = A[l] @ Theta[l][:, 1:].T
        np.subtract(-Theta[l][:, 0], minus_z, out=minus_z)
        if l + 1 == L:
            zL = -minus_z
        A[l + 1] = sigmoid_of_negated(minus_z)
    return A, zL


def predict(Theta, X, loss="cross_entropy"):
    r"""The predicted class of every row of X: the most active output unit.

    .. math:: \hat{y} = \arg\max_k\, h_\Theta(x)_k \quad (s_L > 1),\qquad
              \hat{y} = [\, h_\Theta(x) \ge 0.5 \,] \quad (s_L = 1)

    With ``loss="softmax_cross_entropy"``, :math:`\hat{y} = \arg\max_k \operatorname{softmax}(z^{(L)})_k
    = \arg\max_k z^{(L)}_k` (softmax keeps the order of the z), taken on z so that two saturated
    outputs do not tie. ``X`` has shape ``(m, s_1)``; returns integer labels of shape ``(m,)``.

    >>> Theta = {1: np.array([[0.0, 5.0], [0.0, -5.0]])}
    >>> print(predict(Theta, [[1.0], [-1.0]]))
    [0 1]
    >>> print(predict(Theta, [[1.0], [-1.0]], loss="softmax_cross_entropy"))
    [0 1]
    """
    Theta = checks.network(Theta)
    X = checks.batch(Theta, X)
    A, zL = layers(Theta, X)
    if checks.loss_name(loss) == "softmax_cross_entropy":
        checks.softmax_width(Theta)
        return np.argmax(zL, axis=1)
    h = A[len(Theta) + 1]
    if h.shape[1] == 1:
        return (h[:, 0] >= 0.5).astype(int)
    return np.argmax(h, axis=1)
