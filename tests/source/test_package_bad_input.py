"""Bad input raises ValueError whose message names the argument, what was expected and what was given.

The second half takes every case of the bad-input review (shared/reviews/review-api-inputs.md) in
its order, and the legal borderline inputs that must keep working.
"""

import re

import numpy as np
import pytest

from backprop_ref import (
    backward, cost, forward, gradients, gradients_vectorized, init_weights, join_theta, log_sigmoid, log_softmax,
    numerical_gradients, predict, regularization, regularized, sigmoid, sigmoid_gradient, softmax, split_theta, train,
)
from package_reference import random_problem, relative_error

THETA = {1: np.zeros((3, 3)), 2: np.zeros((1, 4))}  # a 2-3-1 network
X = np.zeros((4, 2))
Y = np.zeros((4, 1))
BATCH_FUNCTIONS = [cost, gradients, gradients_vectorized, numerical_gradients, train]


def raises(first, *fragments):
    """pytest.raises(ValueError) whose message starts with ``first`` and contains every other fragment literally.

    The message starts with what it is about (the argument's name, or the result's), so a message
    about "XX" cannot pass for one about "X".
    """
    return pytest.raises(ValueError, match=f"^{re.escape(first)}" + "".join(f"(?=.*{re.escape(f)})" for f in fragments))


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize(
    "X_bad, Y_bad, fragments",
    [
        (np.zeros((4, 3)), Y, ["X must have shape (m, 2)", "Theta[1] of shape (3, 3)", "got (4, 3)"]),
        (X, np.zeros((4, 2)), ["Y must have shape (4, 1)", "got (4, 2)"]),
        (X, np.zeros((3, 1)), ["Y must have shape (4, 1)", "one row per row of X", "got (3, 1)"]),
        (np.zeros(2), Y, ["X must be a matrix (2-D)", "shape (2,)"]),
        (np.zeros((4, 2, 1)), Y, ["X must be a matrix (2-D)", "shape (4, 2, 1)"]),
        (X, np.zeros(4), ["Y must be a matrix (2-D)", "shape (4,)"]),
        (np.zeros((0, 2)), np.zeros((0, 1)), ["X must hold at least one example", "(0, 2)"]),
        ([["a", "b"]], [[0.0]], ["X must be an array of numbers"]),
    ],
    ids=["X-width", "Y-width", "row-mismatch", "X-1D", "X-3D", "Y-1D", "no-rows", "X-strings"],
)
def test_batch_of_the_wrong_shape(function, X_bad, Y_bad, fragments):
    with raises(*fragments):
        function(THETA, X_bad, Y_bad)


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize("where", ["X", "Y", "Theta"])
@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_anywhere(function, where, value):
    Theta, X_bad, Y_bad = {l: T.copy() for l, T in THETA.items()}, X.copy(), Y.copy()
    target = {"X": X_bad, "Y": Y_bad, "Theta": Theta[2]}[where]
    target[0, 1 if where != "Y" else 0] = value
    name = "Theta[2]" if where == "Theta" else where
    with raises(f"{name} contains NaN or inf"):
        function(Theta, X_bad, Y_bad)


def test_large_finite_values_are_accepted_even_if_their_sum_overflows():
    # The finite check sums first; an overflowing sum of finite entries must not be rejected.
    X_big = np.full((4, 2), 1e308)
    assert np.isfinite(cost({1: np.zeros((1, 3))}, X_big, Y))


@pytest.mark.parametrize("function", BATCH_FUNCTIONS + [predict])
@pytest.mark.parametrize(
    "Theta, fragments",
    [
        ({1: np.zeros((3, 3)), 2: np.zeros((1, 3))}, ["Theta[2] must have shape (s_3, 4)", "Theta[1] of shape (3, 3)", "got (1, 3)"]),
        ({0: np.zeros((3, 3)), 1: np.zeros((1, 4))}, ["Theta must have the layer numbers [1, 2] as keys; got [0, 1]"]),
        ({1: np.zeros((3, 3)), 3: np.zeros((1, 4))}, ["Theta must have the layer numbers [1, 2] as keys; got [1, 3]"]),
        ({2: np.zeros((1, 4)), 0: np.zeros((3, 3))}, ["Theta must have the layer numbers [1, 2] as keys; got [0, 2]"]),
        ({}, ["Theta must be a non-empty dict", "got dict"]),
        ([np.zeros((3, 3))], ["Theta must be a non-empty dict", "got list"]),
        ({1: np.zeros((2, 4)), 2: np.zeros((1, 4))}, ["Theta[2] must have shape (s_3, 3) to follow Theta[1] of shape (2, 4) (s_2 = 2 units plus the bias); got (1, 4)"]),
        ({1: np.zeros(3)}, ["Theta[1] must be a matrix (2-D)", "shape (3,)"]),
        ({1: np.zeros((3, 1))}, ["Theta[1] needs a bias column", "(3, 1)"]),
    ],
    ids=["chain", "keys-from-0", "keys-gap", "keys-unordered", "empty", "list", "chain-not-square", "Theta-1D", "no-weights"],
)
def test_theta_that_is_not_a_network(function, Theta, fragments):
    args = (Theta, X) if function is predict else (Theta, X, Y)
    with raises(*fragments):
        function(*args)


@pytest.mark.parametrize("function", [cost, gradients, gradients_vectorized, numerical_gradients, train])
def test_unknown_loss(function):
    with raises("loss must be one of 'cross_entropy', 'squared_error', 'softmax_cross_entropy'", "got 'mse'"):
        function(THETA, X, Y, loss="mse")


@pytest.mark.parametrize("function", [cost, gradients, gradients_vectorized, numerical_gradients, train])
@pytest.mark.parametrize("lam", [-1.0, np.nan, "0.1", None])
def test_bad_lambda(function, lam):
    with raises("lam must be a finite real number >= 0", f"got {lam!r}"):
        function(THETA, X, Y, lam=lam)


def test_predict_checks_x():
    with raises("X must have shape (m, 2)", "got (4, 5)"):
        predict(THETA, np.zeros((4, 5)))


def test_forward_checks_x():
    with raises("x must have shape (2,)", "Theta[1] of shape (3, 3)", "got (3,)"):
        forward(THETA, [1.0, 2.0, 3.0])
    with raises("x must be a vector (1-D)", "shape (1, 2)"):
        forward(THETA, [[1.0, 2.0]])
    with raises("x contains NaN or inf"):
        forward(THETA, [np.nan, 0.0])


def test_backward_checks_y_a_and_z():
    a, z = forward(THETA, [1.0, 2.0])
    with raises("y must have shape (1,) to match a(3)", "got (2,)"):
        backward(THETA, a, z, [0.0, 1.0])
    with raises("y must be a vector (1-D)", "got an array of shape (1, 1)"):
        backward(THETA, a, z, [[1.0]])
    with raises("a[2] must be a vector (1-D)", "got an array of shape (1, 4)"):
        backward(THETA, {**a, 2: a[2][None, :]}, z, [1.0])
    with raises("z[2] must be a vector (1-D)", "got an array of shape (3, 1)"):
        backward(THETA, a, {**z, 2: z[2][:, None]}, [1.0])
    with raises("y contains NaN or inf"):
        backward(THETA, a, z, [np.inf])
    with raises("a[2] must have shape (4,)", "got (3,)"):
        backward(THETA, {**a, 2: a[2][1:]}, z, [1.0])
    with raises("z[3] must have shape (1,)", "got no z[3]"):
        backward(THETA, a, {2: z[2]}, [1.0])
    with raises("loss must be", "got 'l2'"):
        backward(THETA, a, z, [1.0], loss="l2")


def test_join_theta_checks_b_and_w():
    with raises("b must have shape (2,)", "W of shape (2, 3)", "got (3,)"):
        join_theta(np.zeros(3), np.zeros((2, 3)))
    with raises("b must be a vector (1-D)", "shape (2, 1)"):
        join_theta(np.zeros((2, 1)), np.zeros((2, 3)))
    with raises("W must be a matrix (2-D)", "shape (2,)"):
        join_theta(np.zeros(2), np.zeros(2))
    with raises("W contains NaN or inf"):
        join_theta(np.zeros(2), np.full((2, 3), np.nan))


def test_split_theta_checks_its_matrix():
    with raises("Theta_l needs a bias column", "(2, 1)"):
        split_theta(np.zeros((2, 1)))
    with raises("Theta_l must be a matrix (2-D)", "shape (3,)"):
        split_theta(np.zeros(3))
    b, W = split_theta([[1.0, 2.0], [3.0, 4.0]])  # one weight column is enough
    assert b.tolist() == [1.0, 3.0] and W.tolist() == [[2.0], [4.0]]


def test_init_weights_checks_sizes():
    with raises("sizes must list at least two layer sizes", "got [3]"):
        init_weights([3])
    with raises("sizes[1] must be a whole number >= 1", "got 0"):
        init_weights([3, 0])
    with raises("epsilon must be a finite real number >= 0", "got -0.1"):
        init_weights([2, 2], epsilon=-0.1)


def test_train_checks_its_settings():
    with raises("batch_size must be between 1 and m = 4", "got 5"):
        train(THETA, X, Y, batch_size=5)
    with raises("batch_size must be a whole number >= 1", "got 0"):
        train(THETA, X, Y, batch_size=0)
    with raises("alpha must be a finite real number >= 0", "got -1.0"):
        train(THETA, X, Y, alpha=-1.0)
    with raises("tol must be a finite real number >= 0", "got nan"):
        train(THETA, X, Y, tol=np.nan)


@pytest.mark.parametrize("setting, value", [
    ("batch_size", 2.5), ("batch_size", 2.0), ("batch_size", True), ("batch_size", "2"),
    ("epochs", 2.5), ("epochs", True), ("epochs", -1), ("epochs", None),
])
def test_train_needs_whole_numbers_of_rows_and_epochs(setting, value):
    # int(2.5) would silently train with batches of 2; True would be a batch of 1.
    minimum = 1 if setting == "batch_size" else 0
    with raises(f"{setting} must be a whole number >= {minimum}", f"got {value!r}"):
        train(THETA, X, Y, **{setting: value})


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize("loss", ["cross_entropy", "squared_error"])
@pytest.mark.parametrize("target", [3.0, -0.5])
def test_sigmoid_targets_outside_0_1(function, loss, target):
    # Review 2: squared error used to accept Y = 2, a value no sigmoid output reaches.
    Y_bad = Y.copy()
    Y_bad[2, 0] = target
    low, high = min(target, 0.0), max(target, 0.0)
    with raises(f"Y must hold targets in [0, 1] for loss='{loss}'", f"got values from {low:g} to {high:g}"):
        function(THETA, X, Y_bad, loss=loss)


@pytest.mark.parametrize("loss", ["cross_entropy", "squared_error"])
def test_backward_checks_sigmoid_targets(loss):
    a, z = forward(THETA, [0.0, 0.0])
    with raises(f"y must hold targets in [0, 1] for loss='{loss}'", "got values from 2 to 2"):
        backward(THETA, a, z, [2.0], loss=loss)


def test_regularization_and_regularized_check_their_arguments():
    with raises("m must be a whole number >= 1", "got 0"):
        regularization(THETA, lam=1.0, m=0)
    with raises("lam must be a finite real number >= 0", "got -1.0"):
        regularization(THETA, lam=-1.0, m=4)
    with raises("Theta[2] must have shape (s_3, 4)"):
        regularization({1: np.zeros((3, 3)), 2: np.zeros((1, 2))}, lam=1.0, m=4)
    with raises("Delta[1] must be a matrix (2-D)", "got an array of shape (9,)"):
        regularized({1: np.zeros(9), 2: np.zeros((1, 4))}, THETA, lam=1.0, m=4)
    with raises("lam must be a finite real number >= 0", "got -1.0"):
        regularized({l: np.zeros_like(T) for l, T in THETA.items()}, THETA, lam=-1.0, m=4)
    with raises("Delta[2] must have shape (1, 4) like Theta[2]", "got (4, 1)"):
        regularized({1: np.zeros((3, 3)), 2: np.zeros((4, 1))}, THETA, lam=1.0, m=4)
    with raises("Delta must have the layer numbers [1, 2] as keys like Theta", "got [1]"):
        regularized({1: np.zeros((3, 3))}, THETA, lam=1.0, m=4)
    with raises("m must be a whole number >= 1", "got 2.5"):
        regularized({l: np.zeros_like(T) for l, T in THETA.items()}, THETA, lam=1.0, m=2.5)


# The bad-input review, case by case. Each case: the call, then fragments its message must contain
# (the argument it names with what was expected, and the value or shape it got).
THETA_2_3_2 = {1: np.zeros((3, 3)), 2: np.zeros((2, 4))}  # two output units, for the softmax loss
A, Z = forward(THETA_2_3_2, [1.0, 2.0])
ONE_HOT = [0.0, 1.0]


def replaced(values, l, value):
    """A copy of the dict a or z with entry l replaced."""
    return {**values, l: np.asarray(value)}


def overflowing_softmax(function, **settings):
    """function on a softmax network whose z(L) = [1e200 * 1e200, 0] overflows to [inf, 0]."""
    Theta = {1: np.array([[0.0, 1e200], [0.0, 0.0]])}
    return function(Theta, [[1e200]], [ONE_HOT], loss="softmax_cross_entropy", **settings)


REVIEW_CASES = [
    # 3. A bad seed: numpy's "SeedSequence expects int" named no argument.
    *[pytest.param(call, ["seed must be None or a whole number >= 0", f"got {seed!r}"], id=f"{name}-seed-{seed!r}")
      for seed in ["42", 0.5, -1]
      for name, call in [("train", lambda s=seed: train(THETA, X, Y, seed=s)),
                         ("init_weights", lambda s=seed: init_weights([2, 3, 1], seed=s))]],
    # 4. init_weights sizes: int() errors, a truncated [2.5, 3.9, 1], a string read digit by digit.
    pytest.param(lambda: init_weights(3), ["sizes must be a list [s_1, ..., s_L]", "got int 3"], id="sizes-int"),
    pytest.param(lambda: init_weights(784, 25, 10), ["sizes must be a list [s_1, ..., s_L]", "got int 784"], id="sizes-unpacked"),
    pytest.param(lambda: init_weights("231"), ["sizes must be a list [s_1, ..., s_L]", "got str '231'"], id="sizes-string"),
    pytest.param(lambda: init_weights([2, "a"]), ["sizes[1] must be a whole number >= 1", "got 'a'"], id="sizes-letter"),
    pytest.param(lambda: init_weights([2, None]), ["sizes[1] must be a whole number >= 1", "got None"], id="sizes-None"),
    pytest.param(lambda: init_weights([[2, 3]]), ["sizes[0] must be a whole number >= 1", "got [2, 3]"], id="sizes-nested"),
    pytest.param(lambda: init_weights([2, np.nan]), ["sizes[1] must be a whole number >= 1", "got nan"], id="sizes-nan"),
    pytest.param(lambda: init_weights([2.5, 3.9, 1]), ["sizes[0] must be a whole number >= 1", "got 2.5"], id="sizes-fractions"),
    pytest.param(lambda: init_weights(np.array([[2, 3]])), ["sizes must be a list [s_1, ..., s_L]", "got ndarray"], id="sizes-2D-array"),
    # 5. forward with the softmax loss and one output unit returned a(L) = [1.].
    pytest.param(lambda: forward(THETA, [0.0, 1.0], loss="softmax_cross_entropy"),
                 ["loss='softmax_cross_entropy' needs at least 2 output units", "Theta[2] has shape (1, 4)"], id="forward-softmax-one-unit"),
    # 8. Complex input lost its imaginary part (numpy's ComplexWarning only).
    *[pytest.param(lambda f=function: f(THETA, X + 1j, Y), ["X must hold real numbers", "got complex values (complex128)"],
                   id=f"{function.__name__}-complex-X") for function in BATCH_FUNCTIONS],
    pytest.param(lambda: cost({1: THETA[1] + 0j, 2: THETA[2]}, X, Y), ["Theta[1] must hold real numbers", "complex128"], id="complex-Theta"),
    pytest.param(lambda: cost(THETA, X, Y.astype(np.complex64)), ["Y must hold real numbers", "complex64"], id="complex-Y"),
    pytest.param(lambda: forward(THETA, [1j, 0.0]), ["x must hold real numbers", "complex128"], id="complex-x"),
    *[pytest.param(lambda f=function, v=lam: f(THETA, X, Y, lam=v), ["lam must be a finite real number >= 0", f"got {lam!r}"],
                   id=f"{function.__name__}-complex-lam-{type(lam).__name__}")
      for function in BATCH_FUNCTIONS for lam in [np.complex128(1 + 1j), 1 + 0j]],
    pytest.param(lambda: regularization(THETA, lam=np.complex128(1 + 1j), m=4), ["lam must be a finite real number >= 0", "1+1j"],
                 id="regularization-complex-lam"),
    # 9. numerical_gradients with a step too small to resolve anything (1e-18 gave all zeros).
    *[pytest.param(lambda e=epsilon: numerical_gradients(THETA, X, Y, epsilon=e),
                   ["epsilon must be at least sqrt(float64 eps) * max(1, max |Theta|) = 1.49e-08", f"got {epsilon!r}"],
                   id=f"epsilon-{epsilon!r}") for epsilon in [1e-18, 1e-16, 1e-10, 0.0]],
    pytest.param(lambda: numerical_gradients({1: np.array([[0.0, 100.0, 0.0]])}, X, Y, epsilon=1e-6),
                 ["epsilon must be at least sqrt(float64 eps) * max(1, max |Theta|) = 1.49e-06", "got 1e-06"], id="epsilon-relative-to-Theta"),
    pytest.param(lambda: numerical_gradients(THETA, X, Y, epsilon=np.nan), ["epsilon must be a finite real number >= 0", "got nan"],
                 id="epsilon-nan"),
    # 10. Zero output units: numpy's zero-size reduction or argmax of an empty sequence.
    *[pytest.param(lambda f=function: f({1: np.zeros((0, 3))}, X, np.zeros((4, 0))),
                   ["Theta[1] must have at least one row (one unit of layer 2)", "got shape (0, 3)"],
                   id=f"{function.__name__}-no-output-units") for function in BATCH_FUNCTIONS],
    pytest.param(lambda: predict({1: np.zeros((0, 3))}, X), ["Theta[1] must have at least one row", "got shape (0, 3)"],
                 id="predict-no-output-units"),
    # 11. Mixed key types: "'<' not supported between instances of 'str' and 'int'".
    *[pytest.param(lambda f=function: f({1: THETA[1], "2": THETA[2]}, X, Y),
                   ["Theta must have the layer numbers [1, 2] as keys", "got [1, '2']"],
                   id=f"{function.__name__}-mixed-keys") for function in BATCH_FUNCTIONS],
    pytest.param(lambda: predict({1: THETA[1], "2": THETA[2]}, X), ["Theta must have the layer numbers [1, 2]", "got [1, '2']"],
                 id="predict-mixed-keys"),
    pytest.param(lambda: regularized({1: THETA[1], "2": THETA[2]}, THETA, 0.1, 4),
                 ["Delta must have the layer numbers [1, 2] as keys like Theta", "got [1, '2']"], id="regularized-mixed-keys"),
    pytest.param(lambda: cost({True: THETA[1], 2: THETA[2]}, X, Y), ["Theta must have the layer numbers [1, 2]", "got [True, 2]"],
                 id="bool-key"),
    pytest.param(lambda: cost({1.0: THETA[1], 2: THETA[2]}, X, Y), ["Theta must have the layer numbers [1, 2]", "got [1.0, 2]"],
                 id="float-key"),
    pytest.param(lambda: regularized([THETA[1], THETA[2]], THETA, 0.1, 4), ["Delta must be a dict keyed like Theta", "got list"],
                 id="regularized-list"),
    # 12. Hand-built a and z in backward: NaN went through, and a NaN in a[1] was blamed on an "x".
    pytest.param(lambda: backward(THETA_2_3_2, replaced(A, 2, [1.0, np.nan, 0.5, 0.5]), Z, ONE_HOT),
                 ["a[2] contains NaN or inf", "got a[2][1] = nan"], id="backward-nan-a2"),
    pytest.param(lambda: backward(THETA_2_3_2, A, replaced(Z, 3, [np.inf, 0.0]), ONE_HOT, loss="softmax_cross_entropy"),
                 ["z[3] contains NaN or inf", "got z[3][0] = inf"], id="backward-inf-z3"),
    pytest.param(lambda: backward(THETA_2_3_2, replaced(A, 1, [1.0, np.nan, 0.0]), Z, ONE_HOT),
                 ["a[1] contains NaN or inf", "got a[1][1] = nan"], id="backward-nan-a1"),
    pytest.param(lambda: backward(THETA_2_3_2, {**A, 3: ["x", "y"]}, Z, ONE_HOT), ["a[3] must be an array of numbers", "got list"],
                 id="backward-strings-a3"),
    pytest.param(lambda: backward(THETA_2_3_2, {**A, 2: [[1.0, 2.0], [3.0]]}, Z, ONE_HOT),
                 ["a[2] must be an array of numbers with a rectangular shape", "got list"], id="backward-ragged-a2"),
    pytest.param(lambda: backward(THETA_2_3_2, [A[1]], Z, ONE_HOT), ["a and z must be the dicts forward() returns", "got list and dict"],
                 id="backward-a-list"),
    pytest.param(lambda: backward(THETA_2_3_2, A, (Z[2], Z[3]), ONE_HOT), ["a and z must be the dicts forward() returns", "got dict and tuple"],
                 id="backward-z-tuple"),
    # 13. Huge weights: the penalty was computed at lam = 0 (0 * inf = nan); alpha = 1e200 gave J = nan.
    pytest.param(lambda: cost({1: np.array([[0.0, 1e160]])}, [[0.0]], [[0.5]], lam=1.0),
                 ["J is not finite (NaN or inf): Theta, X, lam must be small enough",
                  "got largest |Theta| = 1e+160, largest |X| = 0, lam = 1"], id="cost-penalty-overflows"),
    pytest.param(lambda: regularization({1: np.array([[0.0, 1e160]])}, lam=1.0, m=1),
                 ["the regularization term is not finite", "largest |Theta| = 1e+160", "lam = 1"], id="regularization-overflows"),
    pytest.param(lambda: train(init_weights([2, 3, 1], seed=0), [[0.0, 1.0], [1.0, 0.0]], [[1.0], [0.0]], alpha=1e200, lam=1.0, epochs=5),
                 ["alpha must be small enough for gradient descent to stay finite", "got alpha = 1e+200", "J = inf"],
                 id="train-alpha-diverges"),
    pytest.param(lambda: gradients({1: np.array([[0.0, 1e300]])}, [[0.0]], [[0.5]], lam=1e300),
                 ["D is not finite", "largest |Theta| = 1e+300", "lam = 1e+300"], id="gradients-penalty-overflows"),
    pytest.param(lambda: regularized({1: np.zeros((1, 2))}, {1: np.array([[0.0, 1e300]])}, lam=1e300, m=1),
                 ["D is not finite", "largest |Delta| = 0", "largest |Theta| = 1e+300", "lam = 1e+300"], id="regularized-overflows"),
    # A hand-built a whose product with Theta overflows: inf, then inf * g'(z) = inf * 0 = NaN.
    pytest.param(lambda: backward({1: np.zeros((1, 2)), 2: np.array([[0.0, 1e308], [0.0, 1e308]])}, {1: [1.0, 0.0], 2: [1.0, 1.0],
                                  3: [1.0, 1.0]}, {2: [0.0], 3: [0.0, 0.0]}, [0.1, 0.1]),
                 ["d is not finite", "largest |Theta| = 1e+308", "largest |a| = 1"], id="backward-overflows"),
    # 14. z beyond the float range: cost was nan with warnings, predict read a class off a NaN.
    # z(L) = 1e200 * 1e200 = inf, and y = 1 weighs log(1 - g(z)) = -inf by 1 - y = 0: NaN.
    pytest.param(lambda: cost({1: np.array([[0.0, 1e200]])}, [[1e200]], [[1.0]]),
                 ["J is not finite", "largest |Theta| = 1e+200", "largest |X| = 1e+200", "lam = 0"], id="cost-z-overflows"),
    pytest.param(lambda: predict({1: np.array([[0.0, 1e200], [0.0, 1.0]])}, [[1e200]]),
                 ["z(L) is not finite", "largest |Theta| = 1e+200", "largest |X| = 1e+200"], id="predict-z-overflows"),
    pytest.param(lambda: forward({1: np.array([[0.0, 1e200]])}, [1e200]),
                 ["z(L) is not finite", "largest |Theta| = 1e+200", "largest |x| = 1e+200"], id="forward-z-overflows"),
    # z(L) = [inf, 0]: the softmax's shift by the largest entry is inf - inf.
    pytest.param(lambda: forward({1: np.array([[0.0, 1e200], [0.0, 0.0]])}, [1e200], loss="softmax_cross_entropy"),
                 ["z(L) is not finite", "largest |Theta| = 1e+200", "largest |x| = 1e+200"], id="forward-softmax-z-overflows"),
    *[pytest.param(lambda f=function: overflowing_softmax(f), ["D is not finite", "largest |Theta| = 1e+200, largest |X| = 1e+200, lam = 0"],
                   id=f"{function.__name__}-z-overflows") for function in [gradients, gradients_vectorized]],
    pytest.param(lambda: overflowing_softmax(numerical_gradients, epsilon=1e193),  # the smallest step for |Theta| = 1e200
                 ["the numerical gradient is not finite", "largest |Theta| = 1e+200, largest |X| = 1e+200, lam = 0"],
                 id="numerical_gradients-z-overflows"),
    pytest.param(lambda: overflowing_softmax(train, epochs=1), ["J is not finite", "largest |Theta| = 1e+200, largest |X| = 1e+200, lam = 0"],
                 id="train-z-overflows"),
    # inf + -inf in the finite check's sum is NaN: still reported as the first non-finite entry.
    pytest.param(lambda: cost(THETA, [[np.inf, -np.inf]], [[0.0]]), ["X contains NaN or inf", "got X[0, 0] = inf"], id="X-inf-and-minus-inf"),
    # A negative soft label in a single target y: named by its index in y.
    pytest.param(lambda: backward(THETA_2_3_2, A, Z, [1.5, -0.5], loss="softmax_cross_entropy"),
                 ["y must hold probabilities", "got y[1] = -0.5"], id="backward-negative-label"),
    pytest.param(lambda: backward(THETA_2_3_2, A, Z, [0.2, 0.3], loss="softmax_cross_entropy"),
                 ["y must have rows that sum to 1", "loss='softmax_cross_entropy'; y sums to 0.5"], id="backward-label-sum"),
    # 15. An array as the loss name: "the truth value of an array is ambiguous".
    pytest.param(lambda: cost(THETA, X, Y, loss=np.array(["a", "b"])), ["loss must be one of", "got array(['a', 'b']"],
                 id="loss-array"),
    pytest.param(lambda: cost(THETA, X, Y, loss=None), ["loss must be one of", "got None"], id="loss-None"),
    # The float32 soft labels are accepted (see below); a row that is not a distribution still is not.
    pytest.param(lambda: cost(THETA_2_3_2, X[:1], np.array([[0.1, 0.8]], dtype=np.float32), loss="softmax_cross_entropy"),
                 ["Y must have rows that sum to 1", "row 0 of Y sums to 0.9"], id="float32-labels-sum-0.9"),
    pytest.param(lambda: cost(THETA_2_3_2, X[:1], [[0.5, 0.5 + 1e-7]], loss="softmax_cross_entropy"),
                 ["Y must have rows that sum to 1", "row 0 of Y sums to 1.0000000999"], id="float64-labels-sum-off"),
]


@pytest.mark.parametrize("call, fragments", REVIEW_CASES)
def test_review_case_gets_a_clear_error(call, fragments):
    with raises(*fragments):
        call()


ACTIVATIONS = [sigmoid, sigmoid_gradient, log_sigmoid, softmax, log_softmax]


@pytest.mark.parametrize("function", ACTIVATIONS)
@pytest.mark.parametrize(
    "z, fragments",
    [
        ("a", ["z must be an array of numbers", "got str"]),
        (["a", "b"], ["z must be an array of numbers", "got list"]),
        (None, ["z must be an array of numbers", "got NoneType"]),
        (1 + 2j, ["z must hold real numbers", "got complex values (complex128)"]),
        ([[1.0, 2.0], [3.0]], ["z must be an array of numbers with a rectangular shape", "got list"]),
        ([np.nan], ["z contains NaN or inf", "got z[0] = nan"]),
        ([0.0, np.inf], ["z contains NaN or inf", "got z[1] = inf"]),
        ([-np.inf, -np.inf], ["z contains NaN or inf", "got z[0] = -inf"]),
        ([[0.0, 1.0], [np.nan, 0.0]], ["z contains NaN or inf", "got z[1, 0] = nan"]),
    ],
    ids=["string", "strings", "None", "complex", "ragged", "nan", "inf", "minus-inf", "nan-in-row-1"],
)
def test_activation_of_bad_input(function, z, fragments):
    # Review 7: numpy's own errors (or a silent nan) before.
    with raises(*fragments):
        function(z)


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("z, shape", [([], "(0,)"), (np.zeros((2, 0)), "(2, 0)"), (3.0, "()")], ids=["empty", "no-classes", "scalar"])
def test_softmax_needs_at_least_one_class(function, z, shape):
    with raises("z must have shape (s_L,) or (m, s_L) with s_L >= 1 entries along its last axis", f"got shape {shape}"):
        function(z)


def test_scalar_nan_is_named_without_an_index():
    with raises("z contains NaN or inf", "got z = nan"):
        sigmoid(np.nan)


# Legal borderline input that must keep working, each checked against a value computed another way.

def test_deep_networks_are_accepted_in_any_key_order():
    # Review 1: with 10 or more matrices the keys were compared as strings, 1, 10, 2, ...
    Theta = init_weights([2] * 12, seed=0)  # 12 layers, 11 weight matrices
    assert sorted(Theta) == list(range(1, 12))
    X_, Y_ = np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0]])
    D = gradients(dict(reversed(list(Theta.items()))), X_, Y_, lam=0.1)  # the loop
    batched = gradients_vectorized(Theta, X_, Y_, lam=0.1)
    for l in Theta:
        np.testing.assert_allclose(D[l], batched[l], rtol=1e-9, atol=1e-18)
    Delta = {l: np.ones_like(T) for l, T in Theta.items()}
    D = regularized(Delta, Theta, 0.1, 5)
    for l in Theta:  # (1/m) Delta plus (lam/m) Theta outside the bias column, written out
        np.testing.assert_array_equal(D[l][:, 0], 0.2)
        np.testing.assert_allclose(D[l][:, 1:], 0.2 + 0.02 * Theta[l][:, 1:], rtol=1e-15)


@pytest.mark.parametrize("Theta_1, expected", [([[40.0, 0.0], [50.0, 0.0]], 1), ([[-800.0, 0.0], [-750.0, 0.0]], 1),
                                               ([[50.0, 0.0], [40.0, 0.0]], 0)], ids=["both-1.0", "both-0.0", "reversed"])
def test_predict_does_not_tie_on_saturated_outputs(Theta_1, expected):
    # Review 6: with x = 0, z(2) is the bias column; g rounds both entries to the same float, z does not.
    Theta = {1: np.array(Theta_1)}
    h = forward(Theta, [0.0])[0][2]
    assert h[0] == h[1]
    assert predict(Theta, [[0.0]]).tolist() == [expected] == [int(np.argmax(np.array(Theta_1)[:, 0]))]
    assert predict(Theta, [[0.0]], loss="softmax_cross_entropy").tolist() == [expected]


@pytest.mark.parametrize("z, expected", [(-800.0, 0), (-1e-300, 0), (0.0, 1), (1e-300, 1), (800.0, 1)])
def test_predict_with_one_output_unit_is_the_sign_of_z(z, expected):
    # h >= 0.5 exactly when z >= 0; g(-1e-300) rounds to 0.5, z keeps its sign.
    assert predict({1: np.array([[z, 0.0]])}, [[0.0]]).tolist() == [expected]


def test_huge_weights_cost_nothing_at_lambda_0():
    # Review 13: the penalty was 0 * inf = nan. One unit with x = 0: z = 0, J = log 2.
    Theta = {1: np.array([[0.0, 1e160]])}
    assert cost(Theta, [[0.0]], [[0.5]], lam=0) == pytest.approx(np.log(2), rel=1e-15)
    assert regularization(Theta, lam=0, m=1) == 0.0


def test_float32_soft_labels_are_accepted():
    # They sum to 1 - 7.5e-9 once converted to float64: a false rejection with a fixed 1e-9 tolerance.
    labels = np.array([[0.1, 0.2, 0.7]], dtype=np.float32)
    assert abs(labels.astype(float).sum() - 1.0) > 1e-9
    Theta = {1: np.array([[0.0, 1.0], [0.5, -1.0], [-0.5, 2.0]])}
    z = Theta[1][:, 0] + Theta[1][:, 1] * 0.3
    expected = -np.sum(labels.astype(float) * (z - np.log(np.sum(np.exp(z)))))  # the naive formula
    assert cost(Theta, [[0.3]], labels, loss="softmax_cross_entropy") == pytest.approx(expected, rel=1e-13)
    a, z_ = forward(Theta, [0.3], loss="softmax_cross_entropy")
    np.testing.assert_allclose(backward(Theta, a, z_, labels[0], loss="softmax_cross_entropy")[2], a[2] - labels[0], rtol=1e-15)


@pytest.mark.parametrize("dtype, off, accepted", [(np.float64, 1e-7, False), (np.float32, 1e-7, True), (np.float32, 1e-3, False),
                                                  (np.float16, 1e-2, True), (np.float16, 1e-1, False)])
def test_the_row_sum_tolerance_follows_the_precision_of_the_labels(dtype, off, accepted):
    # sqrt of the dtype's epsilon: 1.5e-8 for float64, 3.5e-4 for float32, 3.1e-2 for float16.
    labels = np.array([[0.5, 0.5 + off]], dtype=dtype)
    Theta = {1: np.zeros((2, 2))}
    a, z = forward(Theta, [0.0], loss="softmax_cross_entropy")
    total = float(labels.astype(float).sum())
    if accepted:
        assert cost(Theta, [[0.0]], labels, loss="softmax_cross_entropy") == pytest.approx(total * np.log(2), rel=1e-15)
        np.testing.assert_array_equal(backward(Theta, a, z, labels[0], loss="softmax_cross_entropy")[2], 0.5 - labels[0].astype(float))
    else:
        with raises("Y must have rows that sum to 1", f"row 0 of Y sums to {total!r}"):
            cost(Theta, [[0.0]], labels, loss="softmax_cross_entropy")
        with raises("y must have rows that sum to 1", f"y sums to {total!r}"):
            backward(Theta, a, z, labels[0], loss="softmax_cross_entropy")


@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.float16])
def test_other_number_types_give_the_float64_result(dtype):
    Theta = {1: np.array([[1.0, -2.0, 3.0]]), 2: np.array([[0.0, 2.0]])}
    X_, Y_ = np.array([[1.0, 2.0], [0.0, -1.0]]), np.array([[1.0], [0.0]])
    expected = gradients(Theta, X_, Y_, lam=0.5)
    D = gradients_vectorized({l: T.astype(dtype) for l, T in Theta.items()}, X_.astype(dtype), Y_.astype(dtype), lam=dtype(0.5) if dtype != np.int64 else 0.5)
    assert all(D[l].dtype == np.float64 for l in D)
    assert relative_error(D, expected) < 1e-15


def test_legal_settings_at_their_limits():
    Theta, X_, Y_ = random_problem([2, 3, 1], m=4, seed=0)
    trained, history = train(Theta, X_, Y_, alpha=0, epochs=3)  # no step at all
    assert history == [history[0]] * 4
    assert all(np.array_equal(trained[l], Theta[l]) for l in Theta)
    zeros = init_weights([2, 3, 1], epsilon=0, seed=0)  # the symmetry demonstration needs it
    assert all(not np.any(T) for T in zeros.values())
    same = [init_weights(sizes, seed=seed) for sizes, seed in
            [([2, 3, 1], 7), ((2, 3, 1), np.int64(7)), (np.array([2, 3, 1]), 7), ([np.int32(2), 3, 1], np.uint8(7))]]
    assert all(np.array_equal(T[l], same[0][l]) for T in same for l in (1, 2))
    assert cost(Theta, X_, Y_, lam=np.float32(0.25)) == cost(Theta, X_, Y_, lam=np.array(0.25))


def test_numerical_gradients_at_the_smallest_step_allowed():
    # Just above sqrt(eps) the central difference still agrees with backpropagation to ~1e-7.
    Theta, X_, Y_ = random_problem([2, 3, 1], m=4, seed=1)
    N = numerical_gradients(Theta, X_, Y_, epsilon=np.sqrt(np.finfo(float).eps) * max(1.0, max(np.abs(T).max() for T in Theta.values())))
    assert relative_error(N, gradients(Theta, X_, Y_)) < 1e-6


def test_softmax_of_a_huge_spread_is_exact_without_a_warning():
    np.testing.assert_array_equal(softmax([1e308, -1e308]), [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax([1e308, -1e308]), [0.0, -np.inf])


def test_softmax_labels_may_miss_1_by_exactly_the_tolerance():
    # float64: sqrt(2^-52) = 2^-26 exactly, and 0.5 + (0.5 + 2^-26) = 1 + 2^-26 exactly.
    Theta = {1: np.zeros((2, 2))}
    assert cost(Theta, [[0.0]], [[0.5, 0.5 + 2.0**-26]], loss="softmax_cross_entropy") == pytest.approx(np.log(2), rel=1e-7)
    with raises("Y must have rows that sum to 1", "sums to 1.0000000298"):
        cost(Theta, [[0.0]], [[0.5, 0.5 + 2.0**-25]], loss="softmax_cross_entropy")


def test_integer_one_hot_labels_are_accepted():
    Theta = {1: np.array([[0.0, 1.0], [0.0, -1.0], [0.0, 0.0]])}
    labels = np.eye(3, dtype=int)[[0, 2]]
    expected = cost(Theta, [[1.0], [2.0]], labels.astype(float), loss="softmax_cross_entropy")
    assert cost(Theta, [[1.0], [2.0]], labels, loss="softmax_cross_entropy") == expected


def test_train_defaults_are_alpha_1_and_100_epochs():
    Theta, X_, Y_ = random_problem([2, 3, 1], m=4, seed=2)
    trained, history = train(Theta, X_, Y_)
    assert len(history) == 101
    by_hand = {l: T.copy() for l, T in Theta.items()}
    for _ in range(100):  # plain gradient descent with alpha = 1, one step per epoch
        D = gradients_vectorized(by_hand, X_, Y_)
        by_hand = {l: by_hand[l] - D[l] for l in by_hand}
    assert all(np.array_equal(trained[l], by_hand[l]) for l in Theta)


def test_a_batch_of_all_m_rows_is_not_shuffled():
    # batch_size = m is plain gradient descent: the rows in their order, as with batch_size=None.
    Theta, X_, Y_ = random_problem([3, 5, 2], m=7, seed=3)
    by_hand = {l: T.copy() for l, T in Theta.items()}
    for _ in range(5):
        D = gradients_vectorized(by_hand, X_, Y_)
        by_hand = {l: by_hand[l] - 0.5 * D[l] for l in by_hand}
    trained, _ = train(Theta, X_, Y_, alpha=0.5, epochs=5, batch_size=7, seed=0)
    assert all(np.array_equal(trained[l], by_hand[l]) for l in Theta)


def test_tol_stops_only_when_an_epoch_gains_less_than_tol():
    Theta, X_, Y_ = random_problem([2, 3, 1], m=4, seed=4)
    history = train(Theta, X_, Y_, alpha=0.5, epochs=5)[1]
    gains = -np.diff(history)
    assert np.all(gains > 0) and np.all(np.diff(gains) < 0)  # falling J, shrinking gains
    # A gain equal to tol is not less than tol: training goes on past epoch 2.
    assert train(Theta, X_, Y_, alpha=0.5, epochs=5, tol=gains[1])[1] == history[:4]
    assert train(Theta, X_, Y_, alpha=0.5, epochs=5, tol=np.nextafter(gains[1], 1.0))[1] == history[:3]


def test_divergence_is_reported_at_the_epoch_it_happens():
    # lam = 1 and alpha = 1e150: after epoch 1 the weights are near 1e149 and J (their squares) near
    # 1e298, still finite; epoch 2 multiplies them by about 1e150 and J overflows.
    Theta, X_, Y_ = random_problem([2, 3, 1], m=4, seed=5)
    before = cost(Theta, X_, Y_, lam=1.0)
    history = train(Theta, X_, Y_, alpha=1e150, lam=1.0, epochs=1)[1]
    assert np.isfinite(history[1]) and history[1] > 1e250
    with raises("alpha must be small enough for gradient descent to stay finite; got alpha = 1e+150: after epoch 2 J = inf",
                f"(J was {before:g} before training)"):
        train(Theta, X_, Y_, alpha=1e150, lam=1.0, epochs=5)
