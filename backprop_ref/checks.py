"""Shape and value checks, so bad input fails with a clear ValueError before numpy sees it.

Every message names the argument, what it must be and what it is. One exception type, ValueError,
for every bad argument (a wrong type included), so a caller has one thing to catch.
"""

import numpy as np

FLOAT_EPS = np.finfo(float).eps


def real_array(value, name):
    """``value`` as a float array if it holds real numbers (bool, int or float), else ValueError.

    Strings, None, ragged lists and complex numbers are refused: numpy would raise its own error
    for the first three, and silently drop the imaginary part of the last.
    """
    try:
        array = np.asarray(value)
    except (TypeError, ValueError) as error:  # a ragged list: rows of different lengths
        raise ValueError(
            f"{name} must be an array of numbers with a rectangular shape; got {type(value).__name__}: {error}"
        ) from None
    if array.dtype.kind == "c":
        raise ValueError(
            f"{name} must hold real numbers; got complex values ({array.dtype}), whose imaginary part would be lost"
        )
    if array.dtype.kind not in "biuf":
        raise ValueError(f"{name} must be an array of numbers; got {type(value).__name__} with dtype {array.dtype}")
    return np.asarray(array, dtype=float)  # no copy of an array that is float64 already


def finite_array(value, name, ndim=None):
    """``value`` as a float array with ``ndim`` dimensions (any if None) and no NaN or inf, else ValueError."""
    array = real_array(value, name)
    if ndim is not None and array.ndim != ndim:
        expected = {1: "a vector (1-D)", 2: "a matrix (2-D)"}[ndim]
        raise ValueError(f"{name} must be {expected}; got an array of shape {array.shape}")
    # A sum is finite only if every term is, so the mask of non-finite entries is built only on
    # failure or overflow; the check then costs one pass over the data. Finite entries whose sum
    # overflows (or inf + -inf) are legal input here, so that sum's warnings are silenced.
    with np.errstate(over="ignore", invalid="ignore"):
        total = array.sum()
    if not np.isfinite(total) and not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or inf; every entry must be a finite number, got {first_non_finite(array, name)}")
    return array


def first_non_finite(array, name):
    """'name[i, j] = nan' for the first entry of array that is NaN or inf (the whole array if it is 0-d)."""
    index = tuple(int(i) for i in np.argwhere(~np.isfinite(array))[0])
    where = f"[{', '.join(map(str, index))}]" if index else ""
    return f"{name}{where} = {float(array[index])!r}"


def classes(value, name):
    """A finite array whose last axis (the s_L classes of a softmax) has at least one entry."""
    array = finite_array(value, name)
    if array.ndim == 0 or array.shape[-1] == 0:
        raise ValueError(
            f"{name} must have shape (s_L,) or (m, s_L) with s_L >= 1 entries along its last axis; got shape {array.shape}"
        )
    return array


def layer_numbers(arrays, name, count, like=""):
    """Check that a per-layer dict is keyed by exactly the ints 1..count (any order), else ValueError."""
    expected = list(range(1, count + 1))
    keys = list(arrays)
    whole_keys = all(map(is_int, keys))
    if not whole_keys or sorted(keys) != expected:
        given = sorted(int(k) for k in keys) if whole_keys else keys
        raise ValueError(f"{name} must have the layer numbers {expected} as keys{like}; got {given}")


def network(Theta):
    """Check that Theta[1..L-1] are finite matrices whose shapes connect; return them as floats.

    Theta[l] must have shape (s_{l+1}, s_l + 1), so the row count of Theta[l] plus the bias unit
    must equal the column count of Theta[l+1].
    """
    if not isinstance(Theta, dict) or not Theta:
        raise ValueError(f"Theta must be a non-empty dict {{1: Theta1, 2: Theta2, ...}}; got {type(Theta).__name__}")
    layer_numbers(Theta, "Theta", len(Theta))
    checked = {}
    for l in range(1, len(Theta) + 1):
        checked[l] = finite_array(Theta[l], f"Theta[{l}]", ndim=2)
        if checked[l].shape[0] < 1:
            raise ValueError(f"Theta[{l}] must have at least one row (one unit of layer {l + 1}); got shape {checked[l].shape}")
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


def example(Theta, x):
    """Check one example x of shape (s_1,); return it as floats."""
    x = finite_array(x, "x", ndim=1)
    if x.shape != (input_width(Theta),):
        raise ValueError(f"x must have shape ({input_width(Theta)},) to match Theta[1] of shape {Theta[1].shape}; got {x.shape}")
    return x


def target(Theta, y):
    """Check one target y of shape (s_L,); return it as floats."""
    y = finite_array(y, "y", ndim=1)
    if y.shape != (output_width(Theta),):
        raise ValueError(f"y must have shape ({output_width(Theta)},) to match a({len(Theta) + 1}); got {y.shape}")
    return y


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
    if not isinstance(loss, str) or loss not in LOSSES:
        raise ValueError(f"loss must be one of {', '.join(map(repr, LOSSES))}; got {loss!r}")
    return loss


def softmax_width(Theta):
    """For loss='softmax_cross_entropy': at least two output units, else ValueError."""
    if output_width(Theta) < 2:
        raise ValueError(
            f"loss='softmax_cross_entropy' needs at least 2 output units (softmax of one unit is always 1); "
            f"Theta[{len(Theta)}] has shape {Theta[len(Theta)].shape}"
        )


def sum_tolerance(Y):
    """How far from 1 a row of softmax targets may sum: the square root of the epsilon of Y's float type.

    Half the digits of the precision the targets came in: float32 labels [.1, .2, .7] sum to
    1 - 7.5e-9 once converted to float64 (accepted, within 3.5e-4); float64 rows within 1.5e-8.
    A row that sums to 2 or 0.9 is not a distribution at any precision.
    """
    dtype = np.asarray(Y).dtype
    return float(np.sqrt(np.finfo(dtype).eps if dtype.kind == "f" else FLOAT_EPS))


def softmax_targets(Theta, Y, name, tolerance):
    """For loss='softmax_cross_entropy': s_L >= 2 and every row of Y a probability distribution, else ValueError.

    A one-hot row is the usual target; any row of entries >= 0 that sum to 1 (within ``tolerance``)
    is a valid one. Other rows would give a cost that is not a cross-entropy and a gradient a - y
    that is not its gradient.
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
    wrong = np.flatnonzero(np.abs(sums - 1.0) > tolerance)
    if wrong.size:
        which = f"row {int(wrong[0])} of {name}" if np.ndim(Y) == 2 else name
        raise ValueError(
            f"{name} must have rows that sum to 1 (one-hot rows or distributions) for "
            f"loss='softmax_cross_entropy'; {which} sums to {float(sums[wrong[0]])!r}"
        )


def non_negative(value, name):
    """A finite real number >= 0 (an int, a float or a 0-d array of one), else ValueError.

    None, strings, bools and complex numbers are refused: float() of a numpy complex would drop
    its imaginary part.
    """
    number = np.asarray(value)
    if number.ndim != 0 or number.dtype.kind not in "iuf" or not np.isfinite(number) or number < 0:
        raise ValueError(f"{name} must be a finite real number >= 0; got {value!r}")
    return float(number)


def is_int(value):
    """Whether value is a Python or numpy int; not a bool, not a float such as 2.5 or 2.0."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def is_whole(value, minimum):
    """Whether value is an int (see is_int) >= minimum."""
    return is_int(value) and value >= minimum


def whole(value, name, minimum):
    """An int (not a bool, not a float such as 2.5 or 2.0) >= minimum, else ValueError."""
    if not is_whole(value, minimum):
        raise ValueError(f"{name} must be a whole number >= {minimum}; got {value!r}")
    return int(value)


def count(value, name):
    """A whole number >= 1 (such as m, the number of examples), else ValueError."""
    return whole(value, name, minimum=1)


def seed(value):
    """None (fresh randomness) or a whole number >= 0 for np.random.default_rng, else ValueError."""
    if value is not None and not is_whole(value, minimum=0):
        raise ValueError(f"seed must be None or a whole number >= 0; got {value!r}")
    return value


def layer_sizes(sizes):
    """[s_1, ..., s_L]: a list, tuple or 1-D array of at least two whole numbers >= 1, else ValueError.

    A string such as "231" or a bare number is refused (not read digit by digit), and so is a
    size such as 2.5 (not truncated to 2).
    """
    if isinstance(sizes, np.ndarray) and sizes.ndim == 1:
        sizes = sizes.tolist()
    if not isinstance(sizes, (list, tuple)):
        raise ValueError(
            f"sizes must be a list [s_1, ..., s_L] of layer sizes, such as init_weights([2, 3, 1]); "
            f"got {type(sizes).__name__} {sizes!r}"
        )
    checked = [whole(s, f"sizes[{i}]", minimum=1) for i, s in enumerate(sizes)]
    if len(checked) < 2:
        raise ValueError(f"sizes must list at least two layer sizes (input and output); got {checked}")
    return checked


def targets(Y, loss, name="Y"):
    """For the sigmoid outputs (cross-entropy, squared error): every target in [0, 1], the range of g, else ValueError.

    Cross-entropy weighs log h and log(1 - h) by y and 1 - y; squared error would pull h towards a
    value g never reaches.
    """
    if loss != "softmax_cross_entropy" and (Y.min() < 0.0 or Y.max() > 1.0):
        raise ValueError(
            f"{name} must hold targets in [0, 1] for loss={loss!r} (a sigmoid output lies in (0, 1)); "
            f"got values from {Y.min():g} to {Y.max():g}"
        )


def like_theta(arrays, Theta, name):
    """Check that arrays (Delta or D) has Theta's keys and, per key, Theta's shape; return them as floats."""
    if not isinstance(arrays, dict):
        raise ValueError(f"{name} must be a dict keyed like Theta {{1: ..., {len(Theta)}: ...}}; got {type(arrays).__name__}")
    layer_numbers(arrays, name, len(Theta), like=" like Theta")
    checked = {}
    for l, T in Theta.items():
        checked[l] = finite_array(arrays[l], f"{name}[{l}]", ndim=2)
        if checked[l].shape != T.shape:
            raise ValueError(f"{name}[{l}] must have shape {T.shape} like Theta[{l}]; got {checked[l].shape}")
    return checked


def propagated(Theta, a, z):
    """Check that a[1..L] and z[2..L] are finite vectors of the shapes forward() gives; return them as floats."""
    if not isinstance(a, dict) or not isinstance(z, dict):
        raise ValueError(f"a and z must be the dicts forward() returns; got {type(a).__name__} and {type(z).__name__}")
    L = len(Theta) + 1
    sizes = [input_width(Theta)] + [Theta[l].shape[0] for l in range(1, L)]
    a = {l: layer_vector(a, "a", l, sizes[l - 1] + (1 if l < L else 0)) for l in range(1, L + 1)}
    z = {l: layer_vector(z, "z", l, sizes[l - 1]) for l in range(2, L + 1)}
    return a, z


def layer_vector(values, name, l, size):
    """values[l] (one layer of a or z) as a finite float vector of shape (size,), else ValueError."""
    if l not in values:
        raise ValueError(f"{name}[{l}] must have shape ({size},) (as forward() returns it); got no {name}[{l}]")
    vector = finite_array(values[l], f"{name}[{l}]", ndim=1)
    if vector.shape != (size,):
        raise ValueError(f"{name}[{l}] must have shape ({size},) (as forward() returns it); got {vector.shape}")
    return vector


def largest(value):
    """The largest |entry| of an array, a number or a dict of arrays (for messages and bounds)."""
    arrays = value.values() if isinstance(value, dict) else [value]
    return max(float(np.max(np.abs(array))) for array in arrays)


def finite_result(value, name, **inputs):
    """Pass a computed J, D, d or z through if it is finite; else ValueError naming the inputs too large for float64.

    Weights or inputs near 1e200 overflow z = Theta a (or the penalty's squared weights) to inf,
    and inf - inf or 0 * inf is NaN: the result would be NaN or inf with no error.
    """
    arrays = value.values() if isinstance(value, dict) else [value]
    if all(np.all(np.isfinite(array)) for array in arrays):
        return value
    sizes = ", ".join(
        f"largest |{k}| = {largest(v):g}" if isinstance(v, dict) or np.ndim(v) else f"{k} = {v:g}" for k, v in inputs.items()
    )
    raise ValueError(
        f"{name} is not finite (NaN or inf): {', '.join(inputs)} must be small enough for every z = Theta a "
        f"and every product to stay within float64's range (about 1.8e308); got {sizes}"
    )


def difference_step(epsilon, Theta):
    """The epsilon of a central difference: at least sqrt(float64 eps) * max(1, max |Theta|), else ValueError.

    Theta +- epsilon is rounded to a spacing of eps * |Theta|, and J to eps * |J|; divided by
    2 epsilon, those roundings stay below sqrt(eps) (half of float64's 16 digits) only for a step
    this large. Smaller steps resolve nothing: epsilon = 1e-16 gives mostly zeros.
    """
    epsilon = non_negative(epsilon, "epsilon")
    smallest = np.sqrt(FLOAT_EPS) * max(1.0, largest(Theta))
    if epsilon < smallest:
        raise ValueError(
            f"epsilon must be at least sqrt(float64 eps) * max(1, max |Theta|) = {smallest:.3g}, or rounding "
            f"leaves fewer than half of float64's digits in the central difference; got {epsilon!r}"
        )
    return epsilon


def diverged(history, Theta, alpha):
    """After an epoch of train(): J and Theta must still be finite, else ValueError blaming the learning rate alpha."""
    if not np.isfinite(history[-1]) or not all(np.all(np.isfinite(T)) for T in Theta.values()):
        raise ValueError(
            f"alpha must be small enough for gradient descent to stay finite; got alpha = {alpha!r}: after epoch "
            f"{len(history) - 1} J = {history[-1]} and the largest |Theta| = {largest(Theta):g} "
            f"(J was {history[0]:g} before training)"
        )


def problem(Theta, X, Y, lam, loss):
    """The checks shared by everything that evaluates J or D on a batch: Theta, X, Y, lam, loss."""
    Theta = network(Theta)
    X, checked_Y = batch(Theta, X, Y)
    loss = loss_name(loss)
    targets(checked_Y, loss)
    if loss == "softmax_cross_entropy":
        softmax_targets(Theta, checked_Y, "Y", sum_tolerance(Y))  # Y as given: its precision, not float64's
    return Theta, X, checked_Y, non_negative(lam, "lam"), loss
