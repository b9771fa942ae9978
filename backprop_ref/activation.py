"""The activation g (the logistic sigmoid), its derivative g', stable logs of g, and the softmax output."""

import numpy as np

from . import checks


def sigmoid(z):
    r"""The activation of every unit: the logistic sigmoid g.

    .. math:: g(z) = \frac{1}{1 + e^{-z}}

    Works element-wise on a scalar or an array of any shape of finite real numbers and returns the
    same shape. For z < -709, :math:`e^{-z}` overflows to inf and g is exactly 0 (the true value is
    below the smallest float); that overflow is expected, so its warning is silenced.

    >>> print(sigmoid(0.0))
    0.5
    >>> print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
    [0.  0.5 1. ]
    """
    minus_z = np.array(checks.finite_array(z, "z"))  # a copy (even of a 0-d input): z is never modified
    np.negative(minus_z, out=minus_z)
    return sigmoid_of_negated(minus_z)[()]  # [()]: a 0-d input gives a scalar back


def sigmoid_of_negated(minus_z):
    """g(z) written over the float array that holds -z, and returned.

    Taking -z lets the batched forward pass produce -z in the same pass that adds the bias, and
    then exp, +1 and 1/x run in place on that one (m, s_l) buffer: a fresh temporary for each
    step would cost more than the steps themselves.
    """
    with np.errstate(over="ignore"):
        np.exp(minus_z, out=minus_z)
    minus_z += 1.0
    return np.reciprocal(minus_z, out=minus_z)


def sigmoid_gradient(z):
    r"""The derivative g' of the sigmoid, written with g itself.

    .. math:: g'(z) = g(z)\,\bigl(1 - g(z)\bigr)

    Element-wise, same shape as ``z``.

    >>> print(sigmoid_gradient(0.0))
    0.25
    >>> print(sigmoid_gradient(np.array([-1000.0, 1000.0])))
    [0. 0.]
    """
    g = sigmoid(z)
    return g * (1.0 - g)


def log_sigmoid(z):
    r"""The log of g, computed from z so that a saturated unit still gives a finite number.

    .. math:: \log g(z) = -\log\bigl(1 + e^{-z}\bigr)

    Element-wise, same shape as ``z``. ``np.log(sigmoid(-800))`` is ``-inf`` because g rounds to 0;
    this gives ``-800``.

    >>> print(log_sigmoid(-800.0), log_sigmoid(0.0).round(6))
    -800.0 -0.693147
    """
    return _log_sigmoid(checks.finite_array(z, "z"))


def _log_sigmoid(z):
    """log_sigmoid() of an already checked float array: the cost runs it every evaluation."""
    return -np.logaddexp(0.0, -z)


def softmax(z):
    r"""The softmax output for more than two classes: positive entries that sum to 1 along the last axis.

    .. math:: \operatorname{softmax}(z)_k = \frac{e^{z_k}}{\sum_{j=1}^{s_L} e^{z_j}}
              = \frac{e^{z_k - \max_j z_j}}{\sum_{j} e^{z_j - \max_j z_j}}

    ``z`` has shape ``(s_L,)`` (one example) or ``(m, s_L)`` (one row per example); returns the same
    shape. Subtracting the largest entry changes nothing mathematically (the factor
    :math:`e^{-\max z}` cancels) but keeps every exponent <= 0: no overflow for z = 1000.

    >>> print(softmax(np.array([0.0, 0.0])))
    [0.5 0.5]
    >>> print(softmax(np.array([1000.0, 0.0, -1000.0])))
    [1. 0. 0.]
    """
    return _softmax(checks.classes(z, "z"))


def _softmax(z):
    """softmax() of an already checked float array: every forward and backward pass runs it."""
    e = np.exp(_shifted(z))
    e /= e.sum(axis=-1, keepdims=True)
    return e


def log_softmax(z):
    r"""The log of softmax, computed from z (log-sum-exp), so that no probability is rounded to 0 first.

    .. math:: \log \operatorname{softmax}(z)_k = z_k - \max_j z_j - \log \sum_{j} e^{z_j - \max_j z_j}

    Same shapes as :func:`softmax`. ``np.log(softmax(z))`` is ``-inf`` where softmax rounds to 0;
    this stays finite.

    >>> print(log_softmax(np.array([1000.0, 0.0])))
    [    0. -1000.]
    """
    return _log_softmax(checks.classes(z, "z"))


def _log_softmax(z):
    """log_softmax() of an already checked float array: the cost runs it every evaluation."""
    shifted = _shifted(z)
    shifted -= np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return shifted


def _shifted(z):
    """z minus its largest entry along the last axis, as a new float array (z is not modified).

    An entry more than 1.8e308 below the largest becomes -inf, whose exp is the right 0: that
    overflow is expected, so its warning is silenced.
    """
    with np.errstate(over="ignore"):
        return z - z.max(axis=-1, keepdims=True)
