"""Shape and value checks, so bad input fails with a clear ValueError before numpy sees it."""

import numpy as np


def finite_array(value, name, ndim):
    """``value`` as a float array with ``ndim`` dimensions and no NaN or inf, else ValueError."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be an array of numbers; got {type(value).__name__}: {error}") from None
    if array.ndim != ndim:
        expected = {1: "a vector (1-D)", 2: "a matrix (2-D)"}[ndim]
        raise ValueError(f"{name} must be {expected}; got an array of shape {array.shape}")
    # A sum is finite only if every term is, so the (m, n) boolean mask is built only on failure
    # or overflow; the check then costs one pass over the data. Finite entries whose sum overflows
    # (or inf + -inf) are legal input here, so that sum's warnings are silenced.
    with np.errstate(over="ignore", invalid="ignore"):
        total = array.sum()
    if not np.isfinite(total) and not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or inf; every entry must be a finite number")
    return array


def network(Theta):
    """Check that Theta[1..L-1] are finite matrices whose shapes connect; return them as floats.

    Theta[l] must have shape (s_{l+1}, s_l + 1), so the row count of Theta[l] plus the bias unit
    must equal the column count of Theta[l+1].
    """
    if not isinstance(Theta, dict) or not Theta:
        raise ValueError(f"Theta must be a non-empty dict {{1: Theta1, 2: Theta2, ...}}; got {type(Theta).__name__}")
    expected_keys = list(range(1, len(Theta) + 1))
    if sorted(Theta) != expected_keys:
        raise ValueError(f"Theta must have the layer numbers {expected_keys} as keys; got {sorted(Theta, key=str)}")
    checked = {}
    for l in expected_keys:
        checked[l] = finite_array(Theta[l], f"Theta[{l}]", ndim=2)
        if checked[l].shape[1] < 2:
            raise ValueError(f"Theta[{l}] needs a bias column and at least one weight column; got shape {checked[l].shape}")
        if l > 1 and checked[l].shape[1] != checked[l - 1].shape[0] + 1:
            raise ValueError(
                f"Theta[{l}] must have shape (s_{l + 1}, {checked[l - 1].shape[0] + 1}) to follow Theta[{l - 1}] "
                f"of shape {checked[l - 1].shape} (s_{l} = {checked[l - 1].shape[0]} units plus the bias); "
                f"got {checked[l].shape}"
            )
    return checked


def input_width(Theta):
    """s_1: the number of input units the network expects."""
    return Theta[1].shape[1] - 1


def output_width(Theta):
    """s_L: the number of output units."""
    return Theta[len(Theta)].shape[0]


def example(Theta, x, y=None):
    """Check one example x of shape (s_1,) (and its target y of shape (s_L,)); return them as floats."""
    x = finite_array(x, "x", ndim=1)
    if x.shape != (input_width(Theta),):
        raise ValueError(f"x must have shape ({input_width(Theta)},) to match Theta[1] of shape {Theta[1].shape}; got {x.shape}")
    if y is None:
        return x
    y = finite_array(y, "y", ndim=1)
    if y.shape != (output_width(Theta),):
        L = len(Theta) + 1
        raise ValueError(f"y must have shape ({output_width(Theta)},) to match a({L}); got {y.shape}")
    return x, y


def batch(Theta, X, Y=None):
    """Check a batch X of shape (m, s_1) (and targets Y of shape (m, s_L)); return them as floats."""
    X = finite_array(X, "X", ndim=2)
    if X.shape[1] != input_width(Theta):
        raise ValueError(
            f"X must have shape (m, {input_width(Theta)}) to match Theta[1] of shape {Theta[1].shape}; got {X.shape}"
        )
    if X.shape[0] == 0:
        raise ValueError(f"X must hold at least one example (m >= 1); got shape {X.shape}")
    if Y is None:
        return X
    Y = finite_array(Y, "Y", ndim=2)
    if Y.shape != (X.shape[0], output_width(Theta)):
        raise ValueError(
            f"Y must have shape ({X.shape[0]}, {output_width(Theta)}): one row per row of X and one column per "
            f"output unit of Theta[{len(Theta)}] of shape {Theta[len(Theta)].shape}; got {Y.shape}"
        )
    return X, Y


LOSSES = ("cross_entropy", "squared_error", "softmax_cross_entropy")


def loss_name(loss):
    """The loss name if it is one this package knows, else ValueError."""
    if loss not in LOSSES:
        raise ValueError(f"loss must be one of {', '.join(map(repr, LOSSES))}; got {loss!r}")
    return loss


def softmax_width(Theta):
    """For loss='softmax_cross_entropy': at least two output units, else ValueError."""
    if output_width(Theta) < 2:
        raise ValueError(
            f"loss='softmax_cross_entropy' needs at least 2 output units (softmax of one unit is always 1); "
            f"Theta[{len(Theta)}] has shape {Theta[len(Theta)].shape}"
        )


def softmax_targets(Theta, Y, name):
    """For loss='softmax_cross_entropy': s_L >= 2 and every row of Y a probability distribution.

    A one-hot row is the usual target; any row of entries >= 0 that sum to 1 is a valid one. Other
    rows would give a cost that is not a cross-entropy and a gradient a - y that is not its gradient.
    """
    softmax_width(Theta)
    rows = np.atleast_2d(Y)
    negative = np.argwhere(rows < 0)
    if negative.size:
        where = tuple(int(i) for i in negative[0]) if np.ndim(Y) == 2 else int(negative[0][1])
        raise ValueError(
            f"{name} must hold probabilities (one-hot rows or distributions, entries >= 0) for "
            f"loss='softmax_cross_entropy'; got {name}[{where}] = {float(rows[tuple(negative[0])])!r}"
        )
    sums = rows.sum(axis=1)
    wrong = np.flatnonzero(np.abs(sums - 1.0) > 1e-9)
    if wrong.size:
        which = f"row {int(wrong[0])} of {name}" if np.ndim(Y) == 2 else name
        raise ValueError(
            f"{name} must have rows that sum to 1 (one-hot rows or distributions) for "
            f"loss='softmax_cross_entropy'; {which} sums to {float(sums[wrong[0]])!r}"
        )
    return Y


def non_negative(value, name):
    """A finite number >= 0, else ValueError (also for None or a string, which np.isfinite rejects with TypeError)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, (str, bytes)) or not np.isfinite(number) or number < 0:
        raise ValueError(f"{name} must be a finite number >= 0; got {value!r}")
    return number


def whole(value, name, minimum):
    """An int (not a bool, not a float such as 2.5 or 2.0) >= minimum, else ValueError."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}; got {value!r}")
    return int(value)


def count(value, name):
    """A whole number >= 1 (such as m, the number of examples), else ValueError."""
    return whole(value, name, minimum=1)


def targets(Y, loss, name="Y"):
    """For the cross-entropy loss every target must lie in [0, 1] (log h and log(1 - h) weigh y and 1 - y)."""
    if loss == "cross_entropy" and (Y.min() < 0.0 or Y.max() > 1.0):
        raise ValueError(
            f"{name} must hold targets in [0, 1] for the cross-entropy loss; got values from {Y.min():g} to {Y.max():g}"
        )
    return Y


def like_theta(arrays, Theta, name):
    """Check that arrays (Delta or D) has Theta's keys and, per key, Theta's shape; return them as floats."""
    # Both sides sorted as text (keys of mixed types cannot be compared): sorted numerically, the
    # Theta of a network of 11 layers or more, keys 1..10, would never match its own Delta.
    if not isinstance(arrays, dict) or sorted(arrays, key=str) != sorted(Theta, key=str):
        given = sorted(arrays, key=str) if isinstance(arrays, dict) else type(arrays).__name__
        raise ValueError(f"{name} must have the keys {sorted(Theta)} of Theta; got {given}")
    checked = {}
    for l, T in Theta.items():
        checked[l] = finite_array(arrays[l], f"{name}[{l}]", ndim=2)
        if checked[l].shape != T.shape:
            raise ValueError(f"{name}[{l}] must have shape {T.shape} like Theta[{l}]; got {checked[l].shape}")
    return checked


def propagated(Theta, a, z):
    """Check that a[1..L] and z[2..L] have the shapes forward() gives for this Theta."""
    L = len(Theta) + 1
    sizes = [input_width(Theta)] + [Theta[l].shape[0] for l in range(1, L)]
    if not isinstance(a, dict) or not isinstance(z, dict):
        raise ValueError(f"a and z must be the dicts forward() returns; got {type(a).__name__} and {type(z).__name__}")
    for l in range(1, L + 1):
        expected = (sizes[l - 1] + (1 if l < L else 0),)
        if l not in a or np.shape(a[l]) != expected:
            given = np.shape(a[l]) if l in a else "no a[%d]" % l
            raise ValueError(f"a[{l}] must have shape {expected} (as forward() returns it); got {given}")
        if l >= 2 and (l not in z or np.shape(z[l]) != (sizes[l - 1],)):
            given = np.shape(z[l]) if l in z else "no z[%d]" % l
            raise ValueError(f"z[{l}] must have shape ({sizes[l - 1]},) (as forward() returns it); got {given}")


def problem(Theta, X, Y, lam, loss):
    """The checks shared by everything that evaluates J or D on a batch: Theta, X, Y, lam, loss."""
    Theta = network(Theta)
    X, Y = batch(Theta, X, Y)
    loss = loss_name(loss)
    Y = targets(Y, loss)
    if loss == "softmax_cross_entropy":
        softmax_targets(Theta, Y, "Y")
    return Theta, X, Y, non_negative(lam, "lam"), loss
