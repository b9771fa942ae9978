import numpy as np

u, grad = 1.5, 2.0     # f = u * u, and grad = dC/df arriving from above


def mul_back(u, v, grad):
    return v * grad, u * grad


# u is both inputs of the product, and a value used twice gets both parts.
from_first, from_second = mul_back(u, u, grad)
total = from_first + from_second
print(f"each use: {from_first}, {from_second}   dC/du = {total}")

eps = 1e-6
numeric = (grad * (u + eps) ** 2 - grad * (u - eps) ** 2) / (2 * eps)
assert np.isclose(total, numeric, rtol=1e-9)
assert np.isclose(total, 2 * u * grad)          # d(u^2)/du = 2u
