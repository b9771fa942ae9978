# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Как выбрать скорость обучения
#
# Градиентный спуск делает шаги длины $\alpha$ против градиента:
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# Обратное распространение ошибки даёт направление, $D^{(l)}$, а скорость обучения $\alpha$
# решает, как далеко шагнуть. Слишком маленькая — обучение еле движется; слишком большая — каждый
# шаг проскакивает минимум, к которому ведёт, и стоимость скачет или растёт. В этом ноутбуке одна и
# та же сеть трижды обучается на одних и тех же рукописных цифрах, меняется только $\alpha$, и
# три кривые обучения рисуются на одном графике.
#
# Чтобы запустить его у себя, в клоне репозитория выполните `pip install -e ".[notebook]"`: команда
# установит `backprop_ref`, всё остальное, что нужно этому ноутбуку (matplotlib, scikit-learn),
# и JupyterLab. Затем откройте скачанный файл командой `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import init_weights, predict, train

# %% [markdown]
# ## Данные и сеть
#
# Как в ноутбуке «Обучаем сеть на рукописных цифрах»: цифры 8×8 из scikit-learn, пересчитанные в
# диапазон $[0, 1]$, метки в унитарном кодировании (one-hot), четверть изображений отложена для
# теста, сеть с 64 входами, 25 скрытыми нейронами и 10 выходами. Все три запуска начинаются с
# одних и тех же весов.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)

# %% [markdown]
# ## Три скорости обучения
#
# Каждый запуск — 30 эпох градиентного спуска по мини-батчам (по 16 примеров, перемешанных каждый
# раз одинаково); после каждой эпохи сохраняется стоимость $J(\Theta)$ на обучающей выборке.

# %%
alphas = [0.01, 0.25, 30.0]
histories = {}
for alpha in alphas:
    Theta_trained, histories[alpha] = train(
        Theta, X_train, Y_train, alpha=alpha,
        epochs=30, batch_size=16, seed=0)
    J = histories[alpha][-1]
    accuracy = np.mean(predict(Theta_trained, X_test) == labels_test)
    print(f"alpha = {alpha:>5}: J после 30 эпох {J:7.3f},",
          f"точность на тесте {accuracy:.1%}")

# %%
fig, ax = plt.subplots(figsize=(6.5, 3.5))
for alpha, style in zip(alphas, [":", "-", "--"]):
    ax.plot(histories[alpha], style, linewidth=2,
            label=rf"$\alpha = {alpha:g}$")
ax.set_yscale("log")
ax.set_xlabel("эпоха")
ax.set_ylabel(r"стоимость $J(\Theta)$, обучение")
ax.set_title("Кривые обучения")
ax.legend()
ax.grid(True, alpha=0.3, which="both")
plt.show()

# %% [markdown]
# ## Что показывают кривые
#
# - $\alpha = 0.01$ — слишком маленькая: каждый шаг безопасен, но после быстрого начала стоимость
#   застревает на плато около 3, и через 30 эпох сеть всё ещё ошибается на трети тестовых цифр.
# - $\alpha = 0.25$ — примерно то, что нужно: стоимость уверенно снижается эпоха за эпохой.
# - $\alpha = 30$ — слишком большая: уже первые шаги проскакивают минимум, стоимость в итоге
#   намного выше начальной, и сеть угадывает не лучше случайного выбора.
#
# Формулы для правильного значения нет. Попробуйте несколько скоростей, отличающихся в десять раз,
# оставьте наибольшую, при которой стоимость ещё стабильно снижается, и заново смотрите на кривую
# обучения всякий раз, когда меняются сеть, данные или размер мини-батча. Измените `alphas` выше и
# выполните ячейки снова, чтобы увидеть больше.
