from backprop_ref import init_weights

Theta = init_weights([64, 25, 10], seed=0)
for l, T in Theta.items():
    print(f"Theta[{l}]: {T.shape}, {T.size} weights,",
          f"{T.shape[0]} of them biases")
total = sum(T.size for T in Theta.values())
print("total:", total)
assert total == 25 * (64 + 1) + 10 * (25 + 1)
